import { chromium } from "playwright-core";
import http from "node:http";
import { readFileSync, existsSync } from "node:fs";
import { join, extname } from "node:path";
const dir = "dist";
const types = { ".html": "text/html", ".js": "text/javascript", ".wasm": "application/wasm", ".css": "text/css", ".json": "application/json" };
const server = http.createServer((req, res) => {
  let p = join(dir, decodeURIComponent(req.url.split("?")[0]));
  if (req.url === "/" || !existsSync(p)) p = join(dir, "index.html");
  res.writeHead(200, { "content-type": types[extname(p)] ?? "application/octet-stream" });
  res.end(readFileSync(p));
}).listen(0, "127.0.0.1");
await new Promise((r) => server.on("listening", r));
const url = `http://127.0.0.1:${server.address().port}/`;
const browser = await chromium.launch({ executablePath: "/usr/bin/chromium", args: ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync"] });
const page = await browser.newPage();
await page.goto(url);
await page.click("text=Start the assessment");
for (let i = 0; i < 20; i++) { await page.keyboard.press("6"); await page.keyboard.press("Enter"); }
await page.waitForTimeout(300);
console.log(await page.evaluate(() => [...document.querySelectorAll("h1,h2,h3")].map(h => h.tagName + " " + h.closest("section")?.className + " " + h.textContent.slice(0,30))));
console.log(await page.evaluate(() => document.activeElement.outerHTML.slice(0,100)));
await browser.close(); server.close();
