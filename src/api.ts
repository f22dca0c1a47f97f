/** The programmatic API of Citation Needed (dist/api.js). */
export { lint, type LintOptions, type Finding, type Fix, type Edit, type Severity } from './core/index';
export { ruleCatalogue as rules } from './rules';
export { resolveConfig, defaultConfig, SEVERITIES, CITATION_STYLES, SENSITIVITIES, type Config } from './core/config';
export { ConfigError } from './core/lint';
export { applyFixes } from './core/apply-fixes';
