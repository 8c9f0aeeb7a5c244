// Fluent's dark theme, in its own chunk: only a dark Office loads it.
export { webDarkTheme } from "@fluentui/react-components";
