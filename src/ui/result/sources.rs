//! The parts of a result that rest on published figures: footnote marks, benchmarks, your
//! answers next to survey figures, the crosswalk to other models and the list of sources.

use super::Section;
use crate::i18n::{self, PART, Text};
use crate::report::{self, Cited, CrosswalkRow};
use crate::text;
use crate::ui::words::Show;
use leptos::prelude::*;

/// A footnote mark: the number is shown, and screen readers hear "(source 2)".
#[component]
pub fn Note(n: usize) -> impl IntoView {
    let (before, after) = text!(i18n::RESULT_SOURCE_NOTE, n = PART).tr_around();
    view! {
        <sup class="cxm-note">
            <span class="cxm-visually-hidden">" " {before}</span>
            {n.to_string()}
            <span class="cxm-visually-hidden">{after}</span>
        </sup>
    }
}

#[component]
pub fn Benchmark(b: Cited) -> impl IntoView {
    view! {
        <p class="cxm-benchmark">
            {b.text.tr()}
            <Note n=b.note />
            {b.caveat
                .map(|c| view! { <span class="cxm-benchmark__caveat">" " {text!(i18n::RESULT_INDICATIVE, caveat = c).tr()}</span> })}
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
                        <p class="cxm-compare__question">{c.question.tr()}</p>
                        <p>{your_answer(&c.answer)}</p>
                        <Benchmark b=c.benchmark />
                    </li>
                }
            })
            .collect_view();
        view! {
            <Section id="cxm-compare-title" title=i18n::RESULT_COMPARED_TITLE.tr()>
                {caveat.map(|c| view! { <p class="cxm-benchmark__caveat">{text!(i18n::RESULT_INDICATIVE, caveat = c).tr()}</p> })}
                <ul class="cxm-compare">{items}</ul>
            </Section>
        }
    })
}

/// "Your answer: **Often**", the answer in bold.
fn your_answer(answer: &Text) -> impl IntoView + use<> {
    let (before, after) = text!(i18n::RESULT_YOUR_ANSWER, answer = PART).tr_around();
    view! {
        {before}
        <strong>{answer.tr()}</strong>
        {after}
    }
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
                    <th scope="row">{row.ladder.tr()} <Note n=row.ladder_note /></th>
                    <td>
                        <span class="cxm-crosswalk__stage">{row.stage.tr()}</span>
                        {row.position.map(|p| format!(" {}", p.tr()))}
                        {row
                            .only_top_named
                            .then(|| {
                                view! {
                                    <span class="cxm-crosswalk__note">
                                        {i18n::RESULT_CROSSWALK_TOP_ONLY.tr()}
                                    </span>
                                }
                            })}
                        {row.meaning.map(|m| view! { <span class="cxm-crosswalk__meaning">{m.tr()}</span> })}
                        {row.benchmark.map(|b| view! { <Benchmark b /> })}
                    </td>
                </tr>
            }
        })
        .collect_view();
    view! {
        <Section id="cxm-crosswalk-title" title=i18n::RESULT_CROSSWALK_TITLE.tr()>
            <p class="cxm-muted">{intro}</p>
            <div class="cxm-table-wrap">
                <table class="cxm-crosswalk">
                    <thead>
                        <tr>
                            <th scope="col">{i18n::RESULT_CROSSWALK_MODEL.tr()}</th>
                            <th scope="col">{i18n::RESULT_CROSSWALK_POSITION.tr()}</th>
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
            <h2>{i18n::RESULT_SOURCES_TITLE.tr()}</h2>
            <ol>{sources.into_iter().map(|s| view! { <li>{s.tr()}</li> }).collect_view()}</ol>
        </footer>
    }
}
