import type { CommanderError } from 'commander';

const HELP = 'gongwen --help 查看用法';

/**
 * commander's usage errors (English, followed by the whole help) as one Chinese line
 * that names the option and what is wrong with it.
 */
export function usageMessage(e: CommanderError): string {
  const quoted = [...e.message.matchAll(/'([^']*)'/g)].map((m) => m[1]!);
  switch (e.code) {
    case 'commander.unknownOption':
      return `未知选项“${quoted[0] ?? ''}”。${HELP}`;
    case 'commander.invalidArgument': {
      const choices = /Allowed choices are (.*)\.$/.exec(e.message)?.[1];
      return `选项“${quoted[0] ?? ''}”的值“${quoted[1] ?? ''}”无效${choices ? `，可选：${choices.split(', ').join('、')}` : ''}`;
    }
    case 'commander.optionMissingArgument':
      return `选项“${quoted[0] ?? ''}”缺少参数值`;
    case 'commander.missingArgument':
      return `缺少参数“${quoted[0] ?? ''}”。${HELP}`;
    case 'commander.missingMandatoryOptionValue':
      return `缺少必需的选项“${quoted[0] ?? ''}”`;
    case 'commander.excessArguments':
      return `参数过多。${HELP}`;
    case 'commander.unknownCommand':
      return `未知命令“${quoted[0] ?? ''}”。${HELP}`;
    default:
      return `命令行参数有误：${e.message.replace(/^error: /, '')}。${HELP}`;
  }
}
