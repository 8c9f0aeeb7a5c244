// The pane's steps, in order. A step is a lazily loaded module so that the first screen ships
// only what it shows; adding a step (Export, issue 7) is one entry here and one catalogue label.
import { lazy, type ComponentType, type LazyExoticComponent } from "react";
import type { StepId, StepProps } from "./session";
import { TemplateStep } from "./template/TemplateStep";

export interface StepDef {
  readonly id: StepId;
  readonly Component: ComponentType<StepProps> | LazyExoticComponent<ComponentType<StepProps>>;
  /** Preloads the step's code (on hover or focus of its tab) so that switching is instant. */
  readonly preload?: () => Promise<unknown>;
}

const loadCheck = () => import(/* webpackChunkName: "step-check" */ "./check/CheckStep");
const loadReview = () => import(/* webpackChunkName: "step-review" */ "./review/ReviewStep");
const loadExport = () => import(/* webpackChunkName: "step-export" */ "./export/ExportStep");
const loadAuthor = () => import(/* webpackChunkName: "step-author" */ "./authoring/AuthoringStep");

export const STEPS: readonly StepDef[] = [
  // The first screen is eager: it is what every user sees.
  { id: "template", Component: TemplateStep },
  { id: "check", Component: lazy(() => loadCheck().then((m) => ({ default: m.CheckStep }))), preload: loadCheck },
  { id: "review", Component: lazy(() => loadReview().then((m) => ({ default: m.ReviewStep }))), preload: loadReview },
  { id: "export", Component: lazy(() => loadExport().then((m) => ({ default: m.ExportStep }))), preload: loadExport },
  // Issue 11: making a template is done once per department, after the daily steps.
  { id: "author", Component: lazy(() => loadAuthor().then((m) => ({ default: m.AuthoringStep }))), preload: loadAuthor },
];
