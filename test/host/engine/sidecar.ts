// What ExcelJS does not carry through a file and the host must: document settings and
// conditional-format stopIfTrue (filled in below).
export interface Sidecar {
  readonly settings: Record<string, unknown>;
  readonly stopIfTrue: Record<string, boolean>;
}

export const readSidecar = async (_bytes: Uint8Array): Promise<Sidecar> => ({ settings: {}, stopIfTrue: {} });

export const writeSidecar = async (bytes: Uint8Array, _sidecar: Sidecar): Promise<Uint8Array> => bytes;
