"use client";
import { CircleCheck, Rocket } from "lucide-react";
import Link from "next/link";
import { useEffect, useState } from "react";
import { useCreateDeployment } from "@/components/data/use-create-deployment";
import { useStages } from "@/components/data/use-stages";
import type { Deployment } from "@/components/data/types";
import { InvokeUrlList } from "@/components/stages/invoke-url-list";
import { PercentSlider } from "@/components/stages/percent-slider";
import { Segmented } from "@/components/ui/tabs";
import { DeployChanges } from "./deploy-changes";
import { Button } from "@/components/ui/button";
import { Dialog, DialogBody, DialogContent, DialogFooter } from "@/components/ui/dialog";
import { FormError } from "@/components/ui/error-state";
import { Field } from "@/components/ui/field";
import { Input, Textarea } from "@/components/ui/input";
import { Select } from "@/components/ui/select";
import { Skeleton } from "@/components/ui/skeleton";

const NEW_STAGE = "__new__";
export const STAGE_NAME_PATTERN = /^[A-Za-z0-9_]+$/;

export function validateStageName(name: string): string | undefined {
  if (!name) return "Give the stage a name.";
  if (name.length > 128) return "Stage names are at most 128 characters.";
  if (!STAGE_NAME_PATTERN.test(name)) return "Use only letters, digits and underscores (A-Z a-z 0-9 _).";
  return undefined;
}

/**
 * Deploy: pick an existing stage or create one, describe the deployment, and end with the
 * stage's invoke URL.
 */
export function DeployDialog({
  apiId,
  open,
  onOpenChange,
  defaultStage,
}: {
  apiId: string;
  open: boolean;
  onOpenChange: (o: boolean) => void;
  defaultStage?: string;
}) {
  const stages = useStages(apiId);
  const deploy = useCreateDeployment(apiId);
  const [stage, setStage] = useState<string>(NEW_STAGE);
  const [newName, setNewName] = useState("");
  const [stageDescription, setStageDescription] = useState("");
  const [description, setDescription] = useState("");
  const [touched, setTouched] = useState(false);
  const [done, setDone] = useState<{ deployment: Deployment; stageName: string; canaryPercent?: number } | null>(null);
  const [target, setTarget] = useState<"stage" | "canary">("stage");
  const [percent, setPercent] = useState(10);

  // Each opening starts fresh, on the stage you most likely want.
  useEffect(() => {
    if (!open) return;
    setDone(null);
    setTouched(false);
    setNewName("");
    setStageDescription("");
    setDescription("");
    deploy.reset();
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [open]);
  useEffect(() => {
    if (!open || !stages.data) return;
    const names = stages.data.map((s) => s.stageName);
    setStage(defaultStage && names.includes(defaultStage) ? defaultStage : names[0] ?? NEW_STAGE);
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [open, stages.isSuccess]);

  const isNew = stage === NEW_STAGE;
  const selectedStage = isNew ? undefined : stages.data?.find((s) => s.stageName === stage);
  const existingCanary = selectedStage?.canarySettings;
  // A stage with a live canary takes new deployments on the canary by default, as in AWS's console.
  useEffect(() => {
    if (!open) return;
    setTarget(existingCanary && (existingCanary.percentTraffic ?? 0) > 0 ? "canary" : "stage");
    setPercent(existingCanary?.percentTraffic || 10);
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [open, stage, !!existingCanary]);
  const toCanary = !isNew && target === "canary";
  const stageName = isNew ? newName.trim() : stage;
  const nameError = isNew && touched ? validateStageName(newName.trim()) : undefined;
  const exists = isNew && stages.data?.some((s) => s.stageName === newName.trim());

  function submit(e: React.FormEvent) {
    e.preventDefault();
    setTouched(true);
    if (isNew && validateStageName(newName.trim())) return;
    deploy.mutate(
      {
        stageName,
        stageDescription: isNew ? stageDescription.trim() || undefined : undefined,
        description: description.trim() || undefined,
        canarySettings: toCanary
          ? {
              percentTraffic: percent,
              ...(existingCanary?.stageVariableOverrides ? { stageVariableOverrides: existingCanary.stageVariableOverrides } : {}),
              ...(existingCanary?.useStageCache ? { useStageCache: true } : {}),
            }
          : undefined,
      },
      { onSuccess: (deployment) => setDone({ deployment, stageName, canaryPercent: toCanary ? percent : undefined }) },
    );
  }

  return (
    <Dialog open={open} onOpenChange={onOpenChange}>
      <DialogContent
        title={done ? "Deployed" : "Deploy API"}
        description={
          done ? undefined : "A deployment is a snapshot of the API. The stage serves it at its invoke URL right away."
        }
        className="max-w-lg"
      >
        {done ? (
          <>
            <DialogBody>
              <div className="flex items-start gap-3 rounded-lg bg-success-soft px-3 py-2.5 text-sm">
                <CircleCheck className="mt-0.5 size-4 shrink-0 text-success" />
                <p>
                  Deployment <code className="font-mono text-xs">{done.deployment.id}</code> is live on{" "}
                  {done.canaryPercent !== undefined ? (
                    <>
                      the canary of stage <span className="font-medium">{done.stageName}</span>, taking {done.canaryPercent} % of its
                      requests.
                    </>
                  ) : (
                    <>
                      stage <span className="font-medium">{done.stageName}</span>.
                    </>
                  )}
                </p>
              </div>
              <InvokeUrlList apiId={apiId} stageName={done.stageName} />
            </DialogBody>
            <DialogFooter>
              <Button asChild variant="outline">
                <Link href={`/apis/${apiId}/stages/${encodeURIComponent(done.stageName)}`} onClick={() => onOpenChange(false)}>
                  Open stage
                </Link>
              </Button>
              <Button variant="primary" onClick={() => onOpenChange(false)}>
                Done
              </Button>
            </DialogFooter>
          </>
        ) : (
          <form onSubmit={submit} noValidate>
            <DialogBody>
              <Field label="Stage" htmlFor="deploy-stage">
                {stages.isPending ? (
                  <Skeleton className="h-8 w-full" />
                ) : (
                  <Select
                    id="deploy-stage"
                    ariaLabel="Stage"
                    value={stage}
                    onValueChange={setStage}
                    options={[
                      ...(stages.data ?? []).map((s) => ({
                        value: s.stageName,
                        label: s.stageName,
                      })),
                      { value: NEW_STAGE, label: "New stage…" },
                    ]}
                  />
                )}
              </Field>
              {isNew ? (
                <>
                  <Field
                    label="Stage name"
                    htmlFor="deploy-stage-name"
                    error={nameError}
                    hint={exists ? "This stage exists: deploying repoints it." : "Letters, digits and underscores, e.g. dev or prod."}
                  >
                    <Input
                      id="deploy-stage-name"
                      autoFocus
                      value={newName}
                      placeholder="dev"
                      aria-invalid={!!nameError}
                      onChange={(e) => setNewName(e.target.value)}
                      onBlur={() => newName && setTouched(true)}
                    />
                  </Field>
                  <Field label="Stage description" htmlFor="deploy-stage-description" optional>
                    <Input
                      id="deploy-stage-description"
                      value={stageDescription}
                      onChange={(e) => setStageDescription(e.target.value)}
                    />
                  </Field>
                </>
              ) : selectedStage ? (
                <>
                  <DeployChanges apiId={apiId} stage={selectedStage} />
                  <div className="flex flex-col gap-2">
                    <div className="flex items-center justify-between gap-2">
                      <span className="text-xs font-medium">Deploy to</span>
                      <Segmented
                        label="Deploy to"
                        value={target}
                        onChange={setTarget}
                        options={[
                          { value: "stage", label: "Stage (all traffic)" },
                          { value: "canary", label: existingCanary ? "Its canary" : "A new canary" },
                        ]}
                      />
                    </div>
                    {toCanary ? (
                      <div className="flex flex-col gap-2 rounded-md border border-border px-3 py-2">
                        <p className="text-xs text-muted-foreground">
                          The stage keeps serving <code className="font-mono">{selectedStage.deploymentId}</code>; this deployment
                          gets a share of its requests
                          {existingCanary?.stageVariableOverrides ? " with the canary's current overrides" : ""}. Promote it from the
                          stage&apos;s Canary view.
                        </p>
                        <PercentSlider value={percent} onChange={setPercent} />
                      </div>
                    ) : null}
                  </div>
                </>
              ) : null}
              <Field label="Deployment description" htmlFor="deploy-description" optional>
                <Textarea
                  id="deploy-description"
                  rows={2}
                  value={description}
                  placeholder="What changed"
                  onChange={(e) => setDescription(e.target.value)}
                />
              </Field>
              <FormError error={deploy.error} />
            </DialogBody>
            <DialogFooter>
              <Button onClick={() => onOpenChange(false)}>Cancel</Button>
              <Button type="submit" variant="primary" loading={deploy.isPending} disabled={stages.isPending}>
                {deploy.isPending ? null : <Rocket />}
                {toCanary ? "Deploy to canary" : "Deploy"}
              </Button>
            </DialogFooter>
          </form>
        )}
      </DialogContent>
    </Dialog>
  );
}
