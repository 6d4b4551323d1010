// A host page that routes on its own fragment and keeps state in `history.state`, as
// single-page-app routers do: the widget must leave both alone.
history.replaceState({ router: "host-state", key: 42 }, "", location.href);
window.routes = [];
addEventListener("hashchange", () => window.routes.push(location.hash));
