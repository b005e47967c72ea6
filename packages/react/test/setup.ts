// jsdom lacks the layout APIs React Flow relies on: the mocks live in the repository's test folder.
import { cleanup } from "@testing-library/react";
import { afterEach } from "vitest";
import { installLayoutMocks } from "../../../test/react-flow-jsdom.js";

afterEach(() => cleanup());

if (typeof window !== "undefined") installLayoutMocks();
