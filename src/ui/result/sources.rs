//! The parts of a result that rest on published figures: footnote marks, benchmarks, your
//! answers next to survey figures, the crosswalk to other models and the list of sources.

use super::Section;
use crate::i18n::Text;
use crate::report::{self, Cited, CrosswalkRow};
use leptos::prelude::*;

/// A footnote mark; screen readers hear "(source 2)".
#[component]
pub fn Note(n: usize) -> impl IntoView {
    view! {
        <sup class="cxm-note">
            <span class="cxm-visually-hidden">" (source "</span>
            {n.to_string()}
            <span class="cxm-visually-hidden">")"</span>
        </sup>
    }
}

#[component]
pub fn Benchmark(b: Cited) -> impl IntoView {
    view! {
        <p class="cxm-benchmark">
            {b.text.en()}
            <Note n=b.note />
            {b.caveat
                .map(|c| view! { <span class="cxm-benchmark__caveat">{format!(" Indicative only: {}", c.en())}</span> })}
        </p>
    }
}

#[component]
pub fn Compared(items: Vec<report::Compared>, caveat: Option<String>) -> impl IntoView {
    (!items.is_empty()).then(|| {
        let items = items
            .into_iter()
            .map(|c| {
                view! {
                    <li>
                        <p class="cxm-compare__question">{c.question.en()}</p>
                        <p>"Your answer: " <strong>{c.answer.en()}</strong></p>
                        <Benchmark b=c.benchmark />
                    </li>
                }
            })
            .collect_view();
        view! {
            <Section id="cxm-compare-title" title="How your answers compare".into()>
                {caveat.map(|c| view! { <p class="cxm-benchmark__caveat">{format!("Indicative only: {c}")}</p> })}
                <ul class="cxm-compare">{items}</ul>
            </Section>
        }
    })
}

#[component]
pub fn Crosswalk(intro: String, rows: Vec<CrosswalkRow>) -> impl IntoView {
    (!rows.is_empty()).then(|| crosswalk(intro, rows))
}

fn crosswalk(intro: String, rows: Vec<CrosswalkRow>) -> impl IntoView {
    let rows = rows
        .into_iter()
        .map(|row| {
            view! {
                <tr>
                    <th scope="row">{row.ladder.en()} <Note n=row.ladder_note /></th>
                    <td>
                        <span class="cxm-crosswalk__stage">{row.stage.en()}</span>
                        {row.position.map(|p| format!(" {}", p.en()))}
                        {row
                            .only_top_named
                            .then(|| {
                                view! {
                                    <span class="cxm-crosswalk__note">"The sources name only its top stage."</span>
                                }
                            })}
                        {row.meaning.map(|m| view! { <span class="cxm-crosswalk__meaning">{m.en()}</span> })}
                        {row.benchmark.map(|b| view! { <Benchmark b /> })}
                    </td>
                </tr>
            }
        })
        .collect_view();
    view! {
        <Section id="cxm-crosswalk-title" title="Roughly where you would sit on other models".into()>
            <p class="cxm-muted">{intro}</p>
            <div class="cxm-table-wrap">
                <table class="cxm-crosswalk">
                    <thead>
                        <tr>
                            <th scope="col">"Model"</th>
                            <th scope="col">"Approximate position"</th>
                        </tr>
                    </thead>
                    <tbody>{rows}</tbody>
                </table>
            </div>
        </Section>
    }
}

#[component]
pub fn Footnotes(sources: Vec<Text>) -> impl IntoView {
    view! {
        <footer class="cxm-footnotes">
            <h2>"Sources"</h2>
            <ol>{sources.into_iter().map(|s| view! { <li>{s.en()}</li> }).collect_view()}</ol>
        </footer>
    }
}
