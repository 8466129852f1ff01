"use client";
import { useEffect, useState } from "react";
import { Tooltip } from "./tooltip";

const rtf = typeof Intl !== "undefined" ? new Intl.RelativeTimeFormat("en", { numeric: "auto" }) : null;

export function formatRelative(date: Date, now = Date.now()): string {
  const diff = (date.getTime() - now) / 1000;
  const abs = Math.abs(diff);
  if (abs < 45) return "just now";
  const units: [Intl.RelativeTimeFormatUnit, number][] = [
    ["minute", 60],
    ["hour", 3600],
    ["day", 86400],
    ["month", 2592000],
    ["year", 31536000],
  ];
  let unit: Intl.RelativeTimeFormatUnit = "minute";
  let size = 60;
  for (const [u, s] of units) if (abs >= s) [unit, size] = [u, s];
  return rtf ? rtf.format(Math.round(diff / size), unit) : date.toISOString();
}

export function formatExact(date: Date): string {
  return date.toLocaleString(undefined, {
    year: "numeric",
    month: "short",
    day: "numeric",
    hour: "2-digit",
    minute: "2-digit",
    second: "2-digit",
    timeZoneName: "short",
  });
}

/** AWS timestamps are epoch seconds; accepts seconds, milliseconds or ISO strings. */
export function toDate(value: number | string | undefined | null): Date | null {
  if (value === undefined || value === null || value === "") return null;
  if (typeof value === "number") return new Date(value < 1e11 ? value * 1000 : value);
  const n = Number(value);
  if (!Number.isNaN(n)) return toDate(n);
  const d = new Date(value);
  return Number.isNaN(d.getTime()) ? null : d;
}

/** "3 minutes ago", with the exact time on hover; re-renders every 30 s. */
export function RelativeTime({ value }: { value: number | string | undefined | null }) {
  const [now, setNow] = useState<number | null>(null);
  useEffect(() => {
    setNow(Date.now());
    const t = setInterval(() => setNow(Date.now()), 30_000);
    return () => clearInterval(t);
  }, []);
  const date = toDate(value);
  if (!date) return <span className="text-muted-foreground">—</span>;
  return (
    <Tooltip content={formatExact(date)}>
      <time dateTime={date.toISOString()} className="whitespace-nowrap" tabIndex={0}>
        {now === null ? formatExact(date) : formatRelative(date, now)}
      </time>
    </Tooltip>
  );
}
