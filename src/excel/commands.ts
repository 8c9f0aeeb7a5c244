// The ribbon's function file (FunctionFile in manifest.xml). Office loads commands.html for the
// add-in's ribbon controls and waits for the page to report ready. The one control today, the
// "Chỉ tiêu" button, opens the task pane declaratively (ShowTaskpane), so no function is
// registered here; a future ExecuteFunction command would be registered after this wait.
import { officeReady } from "./office-ready";

void officeReady();
