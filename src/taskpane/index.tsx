// The task pane's entry in Excel: wait for Office, connect to src/excel, render.
import { bootPane } from "./boot";
import { connectOffice } from "./connect";

const root = document.getElementById("root");
if (root !== null) void bootPane(root, connectOffice);
