import type { Artefact } from '../compiled/artefact.js';
import { loadArtefact } from '../compiled/artefact.js';
import { readArtefactFile } from '../compiled/artefact-file.js';
import { readDictionaryBytes } from '../dictionaries.js';
import { DataError } from '../platform/platform.js';
import type { ContextModelData } from './context-model-data.js';
import { ContextModel } from './context-model.js';

/** Where the model lives in dictionaries/: committed data (made by scripts/data/build-context-model.ts), which the build copies into dist/. */
export const CONTEXT_MODEL_FILE = 'spelling/context-model.bin';

/** The model's tables as the build checks them and copies them to dist/, read in place there like every artefact. */
export const CONTEXT_MODEL_DATA: Artefact<ContextModelData, ContextModelData> = {
  file: 'context-model.bin',
  compute: () => checked(readArtefactFile(CONTEXT_MODEL_FILE, readDictionaryBytes(CONTEXT_MODEL_FILE))),
  store: (data) => data,
  restore: (data) => checked(data),
};

function checked(data: unknown): ContextModelData {
  const d = data as Partial<ContextModelData> | undefined;
  if (!d || !(d.chars instanceof Uint16Array) || d.tables?.length !== 3) throw new DataError(`gongwen: 上下文语言模型 ${CONTEXT_MODEL_DATA.file} 已损坏，请重新安装`);
  return d as ContextModelData;
}

let loaded: ContextModel | undefined;

/** The context model, read on first use (12 MB, used in place: a start that never checks spelling never reads it). */
export function loadContextModel(): ContextModel {
  return (loaded ??= new ContextModel(loadArtefact(CONTEXT_MODEL_DATA)));
}
