import { benchConfig } from "../../vitest.bench.shared.ts";

export default benchConfig;
