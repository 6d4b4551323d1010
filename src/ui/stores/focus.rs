//! Where focus goes. Each screen hands its heading over when it is drawn (`arrived`): it gets
//! focus, so screen readers announce the new screen and keyboard users start from its top. The
//! app's first screen is the exception when the app must not take focus (a widget on its host's
//! page; the standalone page when the visitor is already in its prerendered intro).

use leptos::prelude::*;

#[derive(Clone, Copy)]
pub struct Focus {
    /// Whether the next heading drawn takes focus.
    take: StoredValue<bool, LocalStorage>,
    /// The heading of the screen on show.
    heading: StoredValue<Option<web_sys::HtmlElement>, LocalStorage>,
}

impl Focus {
    pub fn new(take_first: bool) -> Focus {
        Focus { take: StoredValue::new_local(take_first), heading: StoredValue::new_local(None) }
    }

    /// The heading of a screen just drawn.
    pub fn arrived(&self, heading: &web_sys::HtmlElement) {
        let Some(take) = self.take.try_get_value() else { return };
        if take {
            drop(heading.focus());
        }
        self.take.set_value(true);
        self.heading.set_value(Some(heading.clone()));
    }

    /// The next heading drawn (the same screen's, built again in another language) does not take
    /// focus: it stays where it is.
    pub fn stay(&self) {
        self.take.set_value(false);
    }

    /// Gives focus back to the screen's heading (after the element that had it went away).
    pub fn back(&self) {
        if let Some(Some(heading)) = self.heading.try_get_value() {
            drop(heading.focus());
        }
    }

    /// A `NodeRef` for a screen's heading that hands it over when it is drawn.
    pub fn heading<E>(&self) -> NodeRef<E>
    where
        E: leptos::tachys::html::element::ElementType + 'static,
        E::Output: wasm_bindgen::JsCast + Clone + AsRef<web_sys::HtmlElement> + 'static,
    {
        let node = NodeRef::new();
        let focus = *self;
        node.on_load(move |el: E::Output| focus.arrived(el.as_ref()));
        node
    }
}
