/**
 * Every CLI command, in the order `--help` lists them.
 */
import type { Command } from './command';
import { datasetStats, rolesList, tasksList } from './commands/catalogue';
import { employeesList, rolesExposure, scenarioExport, scenarioImport, scenarioList, scenarioRun } from './commands/scenarios';

export const COMMANDS: Command[] = [datasetStats, rolesList, tasksList, rolesExposure, scenarioList, scenarioRun, scenarioExport, scenarioImport, employeesList];
