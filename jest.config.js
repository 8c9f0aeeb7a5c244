/** @type {import('jest').Config} */
module.exports = {
  testEnvironment: "node",
  roots: ["<rootDir>/test", "<rootDir>/src"],
  testMatch: ["**/*.test.ts", "**/*.test.tsx"],
  // Timeouts catch a hang, never slowness: jest's 5 s default failed a loaded 2-core machine
  // (test/ci/timeouts.test.ts keeps every test's timeout at or above this one).
  testTimeout: 180_000,
  // Browser tests run in Chromium through scripts/test.mjs, not in jest.
  testPathIgnorePatterns: ["/node_modules/", "/test/browser/"],
  transform: {
    "^.+\\.tsx?$": ["ts-jest", { tsconfig: { module: "CommonJS", moduleResolution: "Node10", jsx: "react-jsx", isolatedModules: true } }],
  },
  moduleFileExtensions: ["ts", "tsx", "js", "json"],
};
