/**
 * A value worked out once per compiled stage and method (a throttle plan, a cache plan), then
 * looked up per request. Keyed weakly by the stage: a stage load replaces the compiled stage, and
 * the values built for the old one go with it. (Methods are shared by every stage serving one
 * deployment, so the stage has to be part of the key.)
 */
import type { CompiledMethod, CompiledStage } from "./compiled-stage";

export interface StageMethodMemo<T> {
  get(stage: CompiledStage, method: CompiledMethod): T;
  /** Forgets every value (what they were built from changed outside the stage). */
  clear(): void;
}

export function stageMethodMemo<T>(build: (stage: CompiledStage, method: CompiledMethod) => T): StageMethodMemo<T> {
  let memo = new WeakMap<CompiledStage, Map<CompiledMethod, T>>();
  return {
    get(stage, method) {
      let byMethod = memo.get(stage);
      if (!byMethod) memo.set(stage, (byMethod = new Map()));
      let value = byMethod.get(method);
      if (value === undefined && !byMethod.has(method)) byMethod.set(method, (value = build(stage, method)));
      return value as T;
    },
    clear() {
      memo = new WeakMap();
    },
  };
}
