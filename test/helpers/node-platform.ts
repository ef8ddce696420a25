// Every test file runs the core on the Node back end, reading the compiled artefacts
// from dist/ as the package does (test/helpers/fresh-artefacts.ts keeps them current).
import '../../src/platform/node.js';
