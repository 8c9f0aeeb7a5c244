// Lint enforces the architecture: which layer may import or call what (see README "Layout").
import tseslint from "typescript-eslint";
import officeAddins from "eslint-plugin-office-addins";

const officeGlobals = ["Excel", "Office", "OfficeExtension", "OfficeRuntime"].map((name) => ({
  name,
  message: `Only src/excel may touch ${name}: ask src/excel for it (architecture rule).`,
}));

const otherLayers = (...layers) =>
  layers.map((layer) => ({
    group: [`**/${layer}`, `**/${layer}/**`],
    message: `This layer must not import src/${layer} (architecture rule).`,
  }));

const nodeBuiltins = ["fs", "path", "os", "child_process", "http", "https", "net", "url", "util", "stream", "crypto", "zlib", "vm", "worker_threads"];

export default tseslint.config(
  { ignores: ["node_modules/**", "dist/**", "build/**", "coverage/**", "test-artifacts/**", "assets/**"] },
  ...tseslint.configs.recommended,
  {
    files: ["**/*.{ts,tsx}"],
    plugins: { "office-addins": officeAddins },
    rules: {
      "office-addins/call-sync-after-load": "error",
      "office-addins/call-sync-before-read": "error",
      "office-addins/load-object-before-read": "error",
      "office-addins/no-context-sync-in-loop": "error",
      "office-addins/no-empty-load": "error",
      "office-addins/no-navigational-load": "error",
      "office-addins/no-office-initialize": "error",
      "office-addins/test-for-null-using-isNullObject": "error",
      "@typescript-eslint/no-unused-vars": ["error", { argsIgnorePattern: "^_", varsIgnorePattern: "^_" }],
      "@typescript-eslint/consistent-type-imports": "error",
    },
  },
  {
    files: ["src/core/**"],
    rules: {
      "no-restricted-imports": ["error", {
        paths: nodeBuiltins.map((name) => ({ name, message: "src/core is pure: no node built-ins (architecture rule)." })),
        patterns: [
          ...otherLayers("excel", "xlsx", "taskpane", "cli"),
          { group: ["react", "react-dom", "react/*", "react-dom/*", "@fluentui/*"], message: "src/core is pure: no React (architecture rule)." },
          { group: ["exceljs", "@microsoft/office-js", "office-*"], message: "src/core is pure: no ExcelJS or Office.js (architecture rule)." },
          { group: ["node:*"], message: "src/core is pure: no node built-ins (architecture rule)." },
        ],
      }],
      "no-restricted-globals": ["error", ...officeGlobals,
        { name: "fetch", message: "src/core is pure: no network I/O (architecture rule)." },
        { name: "XMLHttpRequest", message: "src/core is pure: no network I/O (architecture rule)." },
        { name: "document", message: "src/core is pure: no DOM (architecture rule)." },
        { name: "window", message: "src/core is pure: no DOM (architecture rule)." },
        { name: "localStorage", message: "src/core is pure: no storage (architecture rule)." },
        { name: "process", message: "src/core is pure: no process (architecture rule)." },
        { name: "require", message: "src/core is pure: no require (architecture rule)." },
      ],
    },
  },
  {
    files: ["src/taskpane/**"],
    rules: {
      "no-restricted-imports": ["error", {
        patterns: [
          ...otherLayers("xlsx", "cli"),
          { group: ["exceljs", "@microsoft/office-js"], message: "The task pane reaches Excel only through src/excel (architecture rule)." },
        ],
      }],
      "no-restricted-globals": ["error", ...officeGlobals],
    },
  },
  {
    files: ["src/excel/**"],
    rules: {
      // src/xlsx (and ExcelJS behind it) may reach the bundle only as a lazy chunk: import() is allowed, static imports are not.
      "no-restricted-imports": ["error", {
        patterns: [
          { group: ["**/xlsx", "**/xlsx/**", "exceljs"], allowTypeImports: true, message: "src/excel loads src/xlsx lazily, with import() (architecture rule)." },
          ...otherLayers("taskpane", "cli"),
        ],
      }],
    },
  },
  {
    files: ["src/xlsx/**", "src/cli/**"],
    rules: {
      "no-restricted-imports": ["error", { patterns: [...otherLayers("excel", "taskpane")] }],
      "no-restricted-globals": ["error", ...officeGlobals],
    },
  },
  {
    files: ["test/**", "bench/**"],
    rules: { "@typescript-eslint/no-explicit-any": "off" },
  },
  {
    files: ["**/*.{js,mjs,cjs}"],
    languageOptions: { globals: { require: "readonly", module: "writable", process: "readonly", console: "readonly", __dirname: "readonly", URL: "readonly", Buffer: "readonly", setTimeout: "readonly" } },
    rules: { "@typescript-eslint/no-require-imports": "off" },
  },
);
