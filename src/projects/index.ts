// Projects: the stage, the finder behind it, and the dollar pegs used for cost_usd.
export { projectsStage, findProjects } from './stage.js';
export { toUsd, USD_PEGS } from './currency-rates.js';
