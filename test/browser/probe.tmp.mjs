import { chromium } from "playwright-core";
const b = await chromium.launch({ executablePath: "/usr/bin/chromium", args: ["--headless","--no-sandbox","--disable-gpu"] });
const p = await b.newPage();
await p.goto(process.argv[2]);
await p.waitForTimeout(3000);
console.log(await p.evaluate(() => [...document.querySelectorAll("i[aria-hidden]")].map(i => i.outerHTML + " parent=" + i.parentElement.outerHTML.slice(0, 200)).join("\n\n")));
await b.close();
