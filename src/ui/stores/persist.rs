//! What the app keeps in storage, and how it reads it back: the progress in each model (a
//! `SavedProgress` record), the model chosen last, and the saved results. What each stored value
//! is to this release is the core's decision (`progress::read_stored`,
//! `history::read_stored_result`); here it is acted on:
//! - what this release can use is used, and progress an earlier release saved as a `cxm1 …` line
//!   is saved again as a record;
//! - what a newer release wrote is left exactly as it is, and never written over;
//! - only what is really corrupt is set aside, under another key, and the original is removed
//!   only once its copy is stored.
//!
//! Every problem comes back as one sentence for the notices, from the message catalogue.

use crate::browser::storage::{Read, Store, Written};
use crate::core::catalog;
use crate::core::history::{RESULTS_PREFIX, SavedResult, StoredResult, read_stored_result, result_key};
use crate::core::model::Model;
use crate::core::progress::{Progress, SavedProgress, Stored, read_stored};
use crate::core::team::record::{SavedTeam, StoredTeam, TEAMS_PREFIX, read_stored_team, team_key};
use crate::i18n::{self, Msg, Plural, Text};
use crate::report::listed;
use crate::text;

/// What every key this app writes starts with.
const APP_PREFIX: &str = "cx-maturity/";
const MODEL_KEY: &str = "cx-maturity/model";
/// The language picked on the standalone page (a widget's is its host's to choose).
const LANG_KEY: &str = "cx-maturity/lang";
const PROGRESS_PREFIX: &str = "cx-maturity/progress/";

/// The key of this browser's copy of the host page's model file at `src`, read when it cannot
/// be fetched (offline).
pub fn host_model_key(src: &str) -> String {
    format!("{APP_PREFIX}host-models/{src}")
}

/// Storage key of the progress in one model.
pub fn progress_key(model_id: &str) -> String {
    format!("{PROGRESS_PREFIX}{model_id}")
}

/// What this app last found stored under a model's progress key: what a later save compares
/// with, to notice another tab's (or widget's) answers, and a deletion made elsewhere.
#[derive(Debug, Clone, PartialEq)]
pub enum Seen {
    /// Nothing, or nothing this release can use but may write over.
    Nothing,
    /// This progress.
    Progress(Progress),
    /// A newer release's progress, which this release must never write over.
    Newer,
}

/// Progress read for a model, and what was found.
pub struct Loaded {
    pub progress: Progress,
    pub seen: Seen,
    pub notice: Option<Text>,
}

/// The saved progress in `model`, or a fresh start and a sentence saying why the saved one is not
/// used.
pub fn load_progress(store: &Store, model: &Model) -> Loaded {
    let key = progress_key(&model.id);
    let fresh = |seen, notice: Option<Text>| Loaded { progress: Progress::new(model), seen, notice };
    let Some(text) = store.raw(&key) else { return fresh(Seen::Nothing, None) };
    match read_stored(model, &text) {
        Stored::Usable(progress) => Loaded { seen: Seen::Progress(progress.clone()), progress, notice: None },
        Stored::Legacy(progress) => {
            let seen = match store.write(&key, &SavedProgress::new(model, &progress)) {
                Written::Stored => Seen::Progress(progress.clone()),
                _ => Seen::Nothing,
            };
            Loaded { progress, seen, notice: None }
        }
        Stored::Newer => fresh(Seen::Newer, Some(i18n::NOTICES_NEWER_PROGRESS.into())),
        Stored::Earlier { version } => {
            fresh(Seen::Nothing, Some(text!(i18n::NOTICES_EARLIER_PROGRESS, version = version)))
        }
        Stored::Corrupt(problem) => {
            let notice = match set_aside(store, &key, &text) {
                Aside::Moved => i18n::NOTICES_PROGRESS_SET_ASIDE,
                Aside::Kept => i18n::NOTICES_PROGRESS_LEFT,
            };
            fresh(Seen::Nothing, Some(text!(notice, problem = problem.text())))
        }
    }
}

/// What became of a value being set aside.
#[derive(Debug, PartialEq)]
enum Aside {
    Moved,
    /// Its copy could not be stored (a full origin), so the original stays where it was.
    Kept,
}

/// Moves `text`, found under `key`, to the first free key of `<key>/unusable`, `<key>/unusable-2`,
/// … so an earlier set-aside value is never overwritten. The original is removed only once its
/// copy is stored: a copy kept only in memory would be lost with the tab.
fn set_aside(store: &Store, key: &str, text: &str) -> Aside {
    let aside = (1..)
        .map(|n| if n == 1 { format!("{key}/unusable") } else { format!("{key}/unusable-{n}") })
        .find(|k| store.raw(k).is_none())
        .unwrap_or_default();
    if store.write_raw(&aside, text).stored() {
        store.remove(key);
        Aside::Moved
    } else {
        store.remove(&aside);
        Aside::Kept
    }
}

/// The outcome of saving progress.
pub struct Merged {
    /// The progress to show from now on: `ours`, with any answers another tab saved meanwhile.
    pub progress: Progress,
    pub seen: Seen,
    pub notice: Option<Text>,
}

/// Saves `ours`, this app's progress in `model`, having last found `seen` stored. What is stored
/// now is read first: a newer release's progress is never written over; progress another tab or
/// widget saved meanwhile is merged in (`Progress::merge`), so neither side loses answers; and
/// progress deleted elsewhere ("Delete all my data" in another tab) stays deleted.
pub fn save_progress(store: &Store, model: &Model, ours: &Progress, seen: &Seen) -> Merged {
    let key = progress_key(&model.id);
    let stored = store.stored(&key).map(|text| (read_stored(model, &text), text));
    let base = match seen {
        Seen::Progress(p) => p.clone(),
        Seen::Nothing | Seen::Newer => Progress::new(model),
    };
    let mut notice = None;
    let progress = match &stored {
        Some((Stored::Newer, _)) => {
            let notice = (*seen != Seen::Newer).then(|| i18n::NOTICES_NEWER_PROGRESS.into());
            return Merged { progress: ours.clone(), seen: Seen::Newer, notice };
        }
        Some((Stored::Usable(theirs), _)) if *seen != Seen::Progress(theirs.clone()) => {
            let merged = ours.merge(&base, theirs);
            if merged != *ours {
                notice = Some(i18n::NOTICES_ANSWERS_MERGED.into());
            }
            merged
        }
        None if matches!(seen, Seen::Progress(p) if p.is_started()) && store.is_available() => {
            let fresh = Progress::new(model);
            let notice = Some(i18n::NOTICES_ANSWERS_DELETED.into());
            return Merged { progress: fresh, seen: Seen::Nothing, notice };
        }
        Some((Stored::Corrupt(_), text)) => {
            if set_aside(store, &key, text) == Aside::Kept {
                return Merged {
                    progress: ours.clone(),
                    seen: seen.clone(),
                    notice: not_stored(Written::Full, ANSWERS_NOT_STORED),
                };
            }
            ours.clone()
        }
        _ => ours.clone(),
    };
    if !progress.is_started() {
        // Nothing answered and nothing opened is nothing to keep (after "Start over", say): this
        // release's own progress is removed, but nothing that is not there (a mere visit writes
        // nothing) and not an earlier version's answers, which stay until some are given here.
        if matches!(stored, Some((Stored::Usable(_) | Stored::Legacy(_), _))) {
            store.remove(&key);
        }
        return Merged { progress, seen: Seen::Nothing, notice };
    }
    let written = store.write(&key, &SavedProgress::new(model, &progress));
    let seen = match written {
        Written::Stored => Seen::Progress(progress.clone()),
        // localStorage still holds what it held before.
        _ => stored
            .and_then(|(s, _)| if let Stored::Usable(p) = s { Some(Seen::Progress(p)) } else { None })
            .unwrap_or(Seen::Nothing),
    };
    if let Some(why) = not_stored(written, ANSWERS_NOT_STORED) {
        notice = Some(why);
    }
    Merged { progress, seen, notice }
}

/// What to say when the progress could only be kept in memory: storage full, or refused.
const ANSWERS_NOT_STORED: [Msg; 2] = [i18n::NOTICES_ANSWERS_FULL, i18n::NOTICES_ANSWERS_REFUSED];

/// What to say about a value that could only be kept in memory: the first of `[full, refused]`
/// when storage is full, the second when it refused the value.
pub fn not_stored(written: Written, [full, refused]: [Msg; 2]) -> Option<Text> {
    match written {
        Written::Stored => None,
        Written::Full => Some(full.into()),
        Written::Refused => Some(refused.into()),
    }
}

pub fn forget_progress(store: &Store, model_id: &str) {
    store.remove(&progress_key(model_id));
}

/// The id of the model chosen last, if any (earlier releases stored it as plain text).
pub fn chosen(store: &Store) -> Option<String> {
    match store.read::<String>(MODEL_KEY) {
        Read::Found(id) | Read::Unreadable(id) => Some(id),
        Read::Missing => None,
    }
}

pub fn save_chosen(store: &Store, model_id: &str) {
    store.write(MODEL_KEY, &model_id);
}

/// The tag of the language picked last, if any, kept as the tag itself (the app speaks it only
/// if it is a language it has).
pub fn chosen_language(store: &Store) -> Option<String> {
    store.raw(LANG_KEY)
}

/// Keeps `tag` as the language picked last.
pub fn save_language(store: &Store, tag: &str) {
    store.write_raw(LANG_KEY, tag);
}

/// One stored result key read: the result, or what to say about it.
pub enum ResultRead {
    Result(SavedResult),
    /// Left in place: a newer release's.
    Newer,
    /// Set aside (or left in place when there was no room to set it aside), with why.
    Corrupt(Text),
    Missing,
}

/// Reads the result under `key` (a key the results prefix starts), setting it aside if it is
/// corrupt; `newest` as for `load_results`.
pub fn read_result(store: &Store, key: &str, newest: &dyn Fn(&str) -> Option<u32>) -> ResultRead {
    match store.raw(key).map(|text| classify(store, key, &text, newest)) {
        Some(Kept::Record(result)) => ResultRead::Result(result),
        Some(Kept::Newer) => ResultRead::Newer,
        Some(Kept::Corrupt(why)) => ResultRead::Corrupt(why),
        None => ResultRead::Missing,
    }
}

/// What a stored record is to this release.
enum Kept<T> {
    Record(T),
    /// Left in place: a newer release's.
    Newer,
    /// Set aside (or left in place when there was no room to set it aside), with why.
    Corrupt(Text),
}

/// What `text`, stored under result key `key`, is; set aside if it is corrupt.
fn classify(store: &Store, key: &str, text: &str, newest: &dyn Fn(&str) -> Option<u32>) -> Kept<SavedResult> {
    match read_stored_result(key, text, newest) {
        StoredResult::Usable(result) => Kept::Record(result),
        StoredResult::Newer => Kept::Newer,
        StoredResult::Corrupt(problem) => {
            set_aside(store, key, text);
            Kept::Corrupt(problem.text())
        }
    }
}

/// Whether `key` is a record's own key under `prefix` (set-aside values live under
/// `<key>/unusable…`).
fn own_key(key: &str, prefix: &str) -> bool {
    key.strip_prefix(prefix).is_some_and(|id| !id.is_empty() && !id.contains('/'))
}

/// Whether `key` is a result's own key.
pub fn is_result_key(key: &str) -> bool {
    own_key(key, RESULTS_PREFIX)
}

/// Every record under `prefix` this release can list, in no set order, each read on its own by
/// `read` (which sets a corrupt one aside): a newer release's is left in place, and either kind
/// is reported in one line (`said`: the newer ones, the ones set aside), while the others still
/// load.
fn load_records<T>(
    store: &Store,
    prefix: &str,
    read: impl Fn(&str, &str) -> Kept<T>,
    [newer_said, aside_said]: [Plural; 2],
) -> (Vec<T>, Vec<Text>) {
    let mut records = Vec::new();
    let (mut newer, mut corrupt) = (0, 0);
    let mut first_problem = None;
    for (key, text) in store.entries(prefix).into_iter().filter(|(k, _)| own_key(k, prefix)) {
        match read(&key, &text) {
            Kept::Record(record) => records.push(record),
            Kept::Newer => newer += 1,
            Kept::Corrupt(why) => {
                corrupt += 1;
                first_problem.get_or_insert(why);
            }
        }
    }
    let mut notices = Vec::new();
    if newer > 0 {
        notices.push(newer_said.count(newer, Vec::new()));
    }
    if let Some(why) = first_problem {
        notices.push(aside_said.count(corrupt, vec![("why", why)]));
    }
    (records, notices)
}

/// Every saved result this release can list (`load_records`); `newest(model)` is the latest
/// version of a model's questions this app has (`Models::newest`).
pub fn load_results(store: &Store, newest: &dyn Fn(&str) -> Option<u32>) -> (Vec<SavedResult>, Vec<Text>) {
    let read = |key: &str, text: &str| classify(store, key, text, newest);
    load_records(store, RESULTS_PREFIX, read, [i18n::NOTICES_RESULTS_NEWER, i18n::NOTICES_RESULTS_SET_ASIDE])
}

/// Every saved team picture this release can list (`load_records`), read as the results are.
pub fn load_teams(store: &Store) -> (Vec<SavedTeam>, Vec<Text>) {
    let read = |key: &str, text: &str| match read_stored_team(key, text, catalog::newest) {
        StoredTeam::Usable(team) => Kept::Record(team),
        StoredTeam::Newer => Kept::Newer,
        StoredTeam::Corrupt(problem) => {
            set_aside(store, key, text);
            Kept::Corrupt(problem.text())
        }
    };
    load_records(store, TEAMS_PREFIX, read, [i18n::TEAM_SAVED_NEWER, i18n::TEAM_SAVED_SET_ASIDE])
}

pub fn save_team(store: &Store, team: &SavedTeam) -> Written {
    store.write(&team_key(&team.id), team)
}

pub fn delete_team(store: &Store, id: &str) -> bool {
    store.remove(&team_key(id))
}

/// Saves `result` under its own key.
pub fn save_result(store: &Store, result: &SavedResult) -> Written {
    store.write(&result_key(&result.id), result)
}

pub fn delete_result(store: &Store, id: &str) -> bool {
    store.remove(&result_key(id))
}

/// Removes everything this app keeps in this browser: every key starting with `cx-maturity/`.
/// Returns how many keys localStorage would not let go of.
pub fn delete_everything(store: &Store) -> usize {
    store.keys(APP_PREFIX).iter().filter(|key| !store.remove(key)).count()
}

/// What `delete_everything` would remove, in words: "3 saved results, your answers in progress in
/// 1 assessment and your choice of assessment".
pub fn everything_described(store: &Store) -> Text {
    let keys = store.keys(APP_PREFIX);
    let results = keys.iter().filter(|k| is_result_key(k)).count();
    let progress = keys.iter().filter(|k| own_key(k, PROGRESS_PREFIX)).count();
    let aside = keys.iter().filter(|k| k.contains("/unusable")).count();
    let teams = keys.iter().filter(|k| own_key(k, TEAMS_PREFIX)).count();
    let mut parts = vec![i18n::MY_RESULTS_STORED_RESULTS.count(results, Vec::new())];
    if teams > 0 {
        parts.push(i18n::MY_RESULTS_STORED_TEAMS.count(teams, Vec::new()));
    }
    if progress > 0 {
        parts.push(i18n::MY_RESULTS_STORED_PROGRESS.count(progress, Vec::new()));
    }
    if keys.contains(&MODEL_KEY.to_string()) {
        parts.push(i18n::MY_RESULTS_STORED_CHOICE.into());
    }
    if aside > 0 {
        parts.push(i18n::MY_RESULTS_STORED_ASIDE.count(aside, Vec::new()));
    }
    listed(parts)
}
