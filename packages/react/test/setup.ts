// jsdom lacks the layout APIs React Flow relies on: the mocks live in the repository's test folder.
import { cleanup, configure } from "@testing-library/react";
import { afterEach } from "vitest";
import { installLayoutMocks } from "../../../test/react-flow-jsdom.js";

// findBy* and waitFor give up after 1 s by default, which a loaded 2-core CI machine can exceed while
// React Flow measures and React commits; they return as soon as the condition holds, so a passing
// test is no slower.
configure({ asyncUtilTimeout: 5_000 });

afterEach(() => cleanup());

if (typeof window !== "undefined") installLayoutMocks();
