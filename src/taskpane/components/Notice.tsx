// One way to tell the user something: a Fluent MessageBar whose text says what happened and
// what to do. Errors are announced (role=alert by MessageBar's politeness) and can be dismissed.
import { Button, MessageBar, MessageBarActions, MessageBarBody, MessageBarTitle } from "@fluentui/react-components";
import type { ReactNode } from "react";
import { useMessages } from "../i18n";

export interface NoticeProps {
  readonly intent: "info" | "success" | "warning" | "error";
  readonly title?: string;
  readonly children?: ReactNode;
  readonly actions?: ReactNode;
  readonly onDismiss?: () => void;
}

export function Notice({ intent, title, children, actions, onDismiss }: NoticeProps) {
  const t = useMessages();
  return (
    <MessageBar intent={intent} layout="multiline" politeness={intent === "error" ? "assertive" : "polite"}>
      <MessageBarBody>
        {title !== undefined && <MessageBarTitle>{title}</MessageBarTitle>}
        {children}
      </MessageBarBody>
      {(actions !== undefined || onDismiss !== undefined) && (
        <MessageBarActions
          containerAction={onDismiss ? <Button appearance="transparent" size="small" onClick={onDismiss}>{t.dismiss}</Button> : undefined}
        >
          {actions}
        </MessageBarActions>
      )}
    </MessageBar>
  );
}
