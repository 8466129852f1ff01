"use client";
import { createContext, useContext } from "react";
import type { Resource } from "@/components/data/types";

/** Lets the right pane open the tree's dialogs (create resource / method) for a given resource. */
export const ResourcesActions = createContext<{
  createResource: (parent: Resource) => void;
  createMethod: (resource: Resource) => void;
}>({ createResource: () => {}, createMethod: () => {} });

export const useResourcesActions = () => useContext(ResourcesActions);
