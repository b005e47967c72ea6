import "fake-indexeddb/auto";
import { cleanup } from "@testing-library/react";
import { afterEach } from "vitest";
import { installLayoutMocks } from "../../../test/react-flow-jsdom.ts";

afterEach(() => cleanup());

if (typeof window !== "undefined") installLayoutMocks();
