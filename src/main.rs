#[cfg(target_arch = "wasm32")]
fn main() {
    cx_maturity::web::start();
}

#[cfg(not(target_arch = "wasm32"))]
fn main() {
    eprintln!("cx-maturity runs in the browser: `make serve` builds it and serves it on http://127.0.0.1:8080");
}
