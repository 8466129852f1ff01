"use client";
import { Play, Save, Trash } from "lucide-react";
import { useState } from "react";
import { toast } from "sonner";
import { useFunctionTestEvents } from "@/components/data/use-function-test-events";
import { useInvokeFunction } from "@/components/data/use-invoke-function";
import { useSaveFunctionTestEvents } from "@/components/data/use-save-function-test-events";
import { CodeEditor } from "@/components/editor/code-editor";
import { Button } from "@/components/ui/button";
import { Card, CardHeader } from "@/components/ui/card";
import { FormError } from "@/components/ui/error-state";
import { Input } from "@/components/ui/input";
import { NativeSelect } from "@/components/ui/select";
import { InvokeResultView } from "./invoke-result";
import { EVENT_TEMPLATES } from "./templates";

/** Test: invoke $LATEST with an event (saved ones, or templates such as an API Gateway proxy event). */
export function TestPanel({ name }: { name: string }) {
  const saved = useFunctionTestEvents(name);
  const saveEvents = useSaveFunctionTestEvents(name);
  const invoke = useInvokeFunction(name);
  const [choice, setChoice] = useState("template:apigw-proxy");
  const [eventName, setEventName] = useState("my-event");
  const [event, setEvent] = useState(() => EVENT_TEMPLATES[0].event());
  const [invalid, setInvalid] = useState<string | null>(null);

  function pick(value: string) {
    setChoice(value);
    const [kind, id] = [value.slice(0, value.indexOf(":")), value.slice(value.indexOf(":") + 1)];
    if (kind === "template") setEvent(EVENT_TEMPLATES.find((t) => t.id === id)?.event() ?? "{}");
    else {
      const ev = saved.data?.find((e) => e.name === id);
      if (ev) {
        setEvent(ev.event);
        setEventName(ev.name);
      }
    }
  }

  function run() {
    try {
      if (event.trim()) JSON.parse(event);
      setInvalid(null);
    } catch (err) {
      setInvalid(`The event is not valid JSON: ${(err as Error).message}`);
      return;
    }
    invoke.mutate({ payload: event });
  }

  function saveEvent() {
    const nameTrim = eventName.trim();
    if (!nameTrim) return;
    const list = [...(saved.data ?? []).filter((e) => e.name !== nameTrim), { name: nameTrim, event }].sort((a, b) => a.name.localeCompare(b.name));
    saveEvents.mutate(list, {
      onSuccess: () => {
        setChoice(`saved:${nameTrim}`);
        toast.success(`Saved test event ${nameTrim}`);
      },
    });
  }

  const selectedSaved = choice.startsWith("saved:") ? choice.slice(6) : null;
  return (
    <Card className="flex min-w-0 flex-col">
      <CardHeader
        title="Test"
        description="Invokes $LATEST with this event, as Lambda's Invoke does."
        actions={
          <Button variant="primary" onClick={run} loading={invoke.isPending} data-testid="run-test">
            <Play /> Test
          </Button>
        }
      />
      <div className="flex flex-col gap-3 p-4">
        <div className="flex flex-wrap items-center gap-2">
          <NativeSelect aria-label="Test event" value={choice} onChange={(e) => pick(e.target.value)} className="w-56">
            {saved.data?.length ? (
              <optgroup label="Saved events">
                {saved.data.map((e) => (
                  <option key={e.name} value={`saved:${e.name}`}>
                    {e.name}
                  </option>
                ))}
              </optgroup>
            ) : null}
            <optgroup label="Templates">
              {EVENT_TEMPLATES.map((t) => (
                <option key={t.id} value={`template:${t.id}`}>
                  {t.label}
                </option>
              ))}
            </optgroup>
          </NativeSelect>
          <Input aria-label="Event name" value={eventName} onChange={(e) => setEventName(e.target.value)} className="w-40" />
          <Button variant="outline" size="sm" onClick={saveEvent} loading={saveEvents.isPending} disabled={!eventName.trim()}>
            <Save /> Save event
          </Button>
          {selectedSaved ? (
            <Button
              variant="ghost"
              size="icon-sm"
              aria-label={`Delete saved event ${selectedSaved}`}
              onClick={() => saveEvents.mutate((saved.data ?? []).filter((e) => e.name !== selectedSaved), { onSuccess: () => pick("template:apigw-proxy") })}
            >
              <Trash />
            </Button>
          ) : null}
        </div>
        <CodeEditor testId="test-event-editor" ariaLabel="Test event JSON" language="json" value={event} onChange={setEvent} height={220} minimal />
        {invalid ? <p role="alert" className="text-xs text-destructive">{invalid}</p> : null}
        {invoke.error ? <FormError error={invoke.error} /> : null}
        {saveEvents.error ? <FormError error={saveEvents.error} /> : null}
        {invoke.data ? <InvokeResultView result={invoke.data} /> : null}
      </div>
    </Card>
  );
}
