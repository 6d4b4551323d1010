//! Which screen leads to which (`ui::screen`): plain functions of the progress and the screen on
//! show, tested natively.

use cx_maturity::core::answers::{Answer, Answers};
use cx_maturity::core::catalog::DEFAULT;
use cx_maturity::core::progress::Progress;
use cx_maturity::ui::screen::{Advance, Back, From, Screen, Shown, advance, finished, resume};
use std::sync::Arc;

fn progress(answered: usize, current: usize) -> Progress {
    let mut answers = Answers::empty(&DEFAULT);
    for q in 0..answered {
        answers.set(q, Answer::Option(1));
    }
    Progress { answers, current }
}

fn shown(from: From) -> Shown {
    let model = Arc::new(DEFAULT.clone());
    Shown { answers: Answers::empty(&model), model, from }
}

#[test]
fn back_from_the_first_question_is_the_intro() {
    assert_eq!(advance(&progress(0, 0), -1), Advance::Intro);
    assert_eq!(advance(&progress(3, 2), -1), Advance::Question(1));
}

#[test]
fn next_moves_one_question_on() {
    assert_eq!(advance(&progress(1, 0), 1), Advance::Question(1));
}

#[test]
fn past_the_last_question_with_answers_missing_is_the_first_unanswered_one() {
    let last = DEFAULT.questions.len() - 1;
    let mut p = progress(DEFAULT.questions.len(), last);
    p.answers.set(4, Answer::Unanswered);
    assert_eq!(advance(&p, 1), Advance::Question(4));
}

#[test]
fn past_the_last_question_with_every_answer_is_the_result() {
    let n = DEFAULT.questions.len();
    assert_eq!(advance(&progress(n, n - 1), 1), Advance::Finished);
    assert!(!finished(&progress(n, n - 1)), "on the last question, not yet at the result");
    assert!(finished(&progress(n, n)));
}

#[test]
fn resuming_opens_the_result_only_when_finished() {
    let model = Arc::new(DEFAULT.clone());
    let n = model.questions.len();
    assert_eq!(resume(&progress(3, 3), &model), Screen::Question);
    match resume(&progress(n, n), &model) {
        Screen::Result(shown) => {
            assert_eq!(shown.from, From::Own);
            assert_eq!(shown.answers, progress(n, n).answers);
        }
        other => panic!("expected the result, got {other:?}"),
    }
}

#[test]
fn the_methodology_goes_back_where_it_was_opened() {
    let on_result = Screen::Result(shown(From::Shared));
    let method = on_result.method();
    assert_eq!(method, Screen::Method { back: Back::Result(shown(From::Shared)) });
    assert_eq!(method.shown().map(|s| &s.from), Some(&From::Shared), "the shared result stays the one shown");
    let Screen::Method { back } = &method else { unreachable!() };
    assert_eq!(Screen::leave_method(back), on_result);

    let from_intro = Screen::Intro.method();
    assert_eq!(from_intro, Screen::Method { back: Back::Intro });
    assert_eq!(Screen::leave_method(&Back::Intro), Screen::Intro);
    assert_eq!(from_intro.method(), from_intro, "opening it again keeps where Back leads");
}

#[test]
fn only_the_screens_after_the_questions_wait_for_the_split_code() {
    assert!(!Screen::Intro.is_later());
    assert!(!Screen::Question.is_later());
    assert!(Screen::MyResults.is_later());
    assert!(Screen::Result(shown(From::Own)).is_later());
    assert!(Screen::Intro.method().is_later());
}
