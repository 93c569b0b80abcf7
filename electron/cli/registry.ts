/**
 * Every CLI command, in the order `--help` lists them.
 */
import type { Command } from './command';
import { datasetStats, rolesList, tasksList } from './commands/catalogue';
import { assignCommand, fairnessCommand, planApprove, planDecline, plansList, reskill, rolesSimilar } from './commands/reskill';
import { businessCaseCommand } from './commands/businessCase';
import { importCommand } from './commands/import';
import { backupCommand, exportCommand, restoreCommand } from './commands/export';
import { employeesList, rolesExposure, scenarioExport, scenarioImport, scenarioList, scenarioRun } from './commands/scenarios';
import { PRIVACY_COMMANDS } from './commands/privacy';
import { employeeModeCommand, unlockCommand } from './commands/employeeMode';

export const COMMANDS: Command[] = [datasetStats, rolesList, tasksList, rolesExposure, scenarioList, scenarioRun, scenarioExport, scenarioImport, employeesList, rolesSimilar, reskill, assignCommand, fairnessCommand, businessCaseCommand, plansList, planApprove, planDecline, importCommand, exportCommand, backupCommand, restoreCommand, ...PRIVACY_COMMANDS, employeeModeCommand, unlockCommand];
