//! A model's texts for asking as one list in a fixed order, so that their translation can travel
//! in a language's file (`core::translation::LanguageFile`) and be laid onto the model the app
//! already has: the default model is compiled in, and a first visit in another language reads
//! its questions from the same one file as the app's words, with no model file and no model
//! reader.

use super::{Model, Text};
use std::borrow::Cow;

impl Model {
    /// Calls `f` on each text that taking the test shows (what [`Model::for_asking`] keeps), in
    /// one fixed order: the name, the summary, the stage and dimension words, each dimension's
    /// name, each stage's name, each shared scale's option labels, then each question's prompt
    /// and its own option labels.
    fn asking_texts_mut(&mut self, f: &mut dyn FnMut(&mut Text)) {
        for text in [&mut self.name, &mut self.summary, &mut self.stage_word, &mut self.dimension_word] {
            f(text);
        }
        for dimension in self.dimensions.to_mut() {
            f(&mut dimension.name);
        }
        for stage in self.stages.to_mut() {
            f(&mut stage.name);
        }
        for scale in self.scales.to_mut() {
            for option in scale.options.to_mut() {
                f(&mut option.label);
            }
        }
        for question in self.questions.to_mut() {
            f(&mut question.prompt);
            for option in question.options.to_mut() {
                f(&mut option.label);
            }
        }
    }

    /// The texts that taking the test shows, in the order [`Model::with_asking_texts`] lays them
    /// on.
    pub fn asking_texts(&self) -> Vec<String> {
        let mut texts = Vec::new();
        self.clone().asking_texts_mut(&mut |text| texts.push(text.to_string()));
        texts
    }

    /// This model with `texts` (a translation's [`Model::asking_texts`]) in place of its own
    /// texts for asking; everything else stays as it is. `None` when their number differs from
    /// this model's: a file of another version of the model.
    pub fn with_asking_texts(&self, texts: &[String]) -> Option<Model> {
        let mut model = self.clone();
        let mut given = texts.iter();
        let mut short = false;
        model.asking_texts_mut(&mut |text| match given.next() {
            Some(translated) => *text = Cow::Owned(translated.clone()),
            None => short = true,
        });
        (!short && given.next().is_none()).then_some(model)
    }

    /// What the list of models and the crosswalk show of this model, as `core::catalog::Entry`
    /// has it: its name, summary and stage word, then its stages' names.
    pub fn entry_texts(&self) -> Vec<String> {
        let head = [&self.name, &self.summary, &self.stage_word].into_iter();
        head.chain(self.stages.iter().map(|s| &s.name)).map(|t| t.to_string()).collect()
    }
}
