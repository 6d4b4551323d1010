//! The radar (spider) chart of a result's dimensions, drawn as SVG by the app itself: one spoke
//! per dimension, numbered, and one closed shape per result (solid, then dashed, so two results
//! stay apart in grey scale). The numbers, names and values are written out beside it as a list,
//! which is what screen readers read; the drawing itself is hidden from them.

use crate::i18n;
use crate::report::compare::{RADAR_SIZE, radar_point, radar_polygon};
use crate::text;
use crate::ui::words::Show;
use leptos::prelude::*;

/// One result drawn on the chart: its name in the legend and a 0.0–1.0 score per dimension.
#[derive(Debug, Clone, PartialEq)]
pub struct Series {
    pub label: String,
    pub values: Vec<f64>,
}

/// A band between two values per dimension (a team's middle half: its quartiles), drawn shaded
/// under the results.
#[derive(Debug, Clone, PartialEq)]
pub struct Band {
    pub label: String,
    pub low: Vec<f64>,
    pub high: Vec<f64>,
}

/// An SVG path of the ring between two closed shapes (filled even-odd).
fn ring_path(outer: &[f64], inner: &[f64]) -> String {
    let path = |values: &[f64]| format!("M{}Z", radar_polygon(values).replace(' ', "L"));
    format!("{}{}", path(outer), path(inner))
}

fn percent(v: f64) -> String {
    text!(i18n::COMMON_PERCENT, percent = (v * 100.0).round() as i32).tr()
}

#[component]
pub fn Radar(
    names: Vec<String>,
    series: Vec<Series>,
    /// Drawn under the results, and named in the key.
    #[prop(optional)]
    band: Option<Band>,
) -> impl IntoView {
    let n = names.len();
    let ring = |level: f64| radar_polygon(&vec![level; n]);
    let spokes = (0..n)
        .map(|i| {
            let (x, y) = radar_point(i, n, 1.0);
            let (lx, ly) = radar_point(i, n, 1.14);
            view! {
                <line class="cxm-radar__spoke" x1="0" y1="0" x2=x.to_string() y2=y.to_string() />
                <text class="cxm-radar__number" x=lx.to_string() y=(ly + 5.0).to_string() text-anchor="middle">
                    {(i + 1).to_string()}
                </text>
            }
        })
        .collect_view();
    // The last result drawn is solid; an earlier one, when there are two, is dashed.
    let style = |k: usize| if series.len() == 1 { 1 } else { k };
    let shapes = series
        .iter()
        .enumerate()
        .map(|(k, s)| {
            let k = style(k);
            view! { <polygon class=format!("cxm-radar__shape cxm-radar__shape--{k}") points=radar_polygon(&s.values) /> }
        })
        .collect_view();
    let legend = names
        .iter()
        .enumerate()
        .map(|(i, name)| {
            let values: Vec<String> = series.iter().map(|s| percent(s.values.get(i).copied().unwrap_or(0.0))).collect();
            view! {
                <li>
                    <span class="cxm-radar__key">{(i + 1).to_string()}</span>
                    {format!(" {name}: {}", values.join(" → "))}
                </li>
            }
        })
        .collect_view();
    let band_shape = band.as_ref().map(|b| view! { <path class="cxm-radar__band" d=ring_path(&b.high, &b.low) /> });
    let band_key = band.map(|b| {
        view! {
            <span class="cxm-radar__series">
                <svg class="cxm-radar__swatch" viewBox="0 0 30 10" aria-hidden="true">
                    <rect class="cxm-radar__band" x="1" y="1" width="28" height="8" />
                </svg>
                {b.label}
            </span>
        }
    });
    let keys = (series.len() > 1 || band_key.is_some()).then(|| {
        series
            .iter()
            .enumerate()
            .map(|(k, s)| {
                let k = style(k);
                view! {
                    <span class="cxm-radar__series">
                        <svg class="cxm-radar__swatch" viewBox="0 0 30 10" aria-hidden="true">
                            <line class=format!("cxm-radar__shape cxm-radar__shape--{k}") x1="1" y1="5" x2="29" y2="5" />
                        </svg>
                        {s.label.clone()}
                    </span>
                }
            })
            .collect_view()
    });
    let size = RADAR_SIZE * 1.3;
    view! {
        <figure class="cxm-radar">
            <svg
                class="cxm-radar__chart"
                viewBox=format!("{} {} {} {}", -size, -size, 2.0 * size, 2.0 * size)
                aria-hidden="true"
            >
                {[0.25, 0.5, 0.75, 1.0]
                    .into_iter()
                    .map(|level| view! { <polygon class="cxm-radar__ring" points=ring(level) /> })
                    .collect_view()}
                {band_shape}
                {spokes}
                {shapes}
            </svg>
            <figcaption>
                {keys.map(|k| view! { <p class="cxm-radar__keys">{k} {band_key}</p> })}
                <ol class="cxm-radar__legend">{legend}</ol>
            </figcaption>
        </figure>
    }
}
