/** The Khronos glTF Validator ships no type declarations; this is the part we use. */
declare module 'gltf-validator' {
  export interface KhronosMessage {
    code: string;
    message: string;
    /** 0 error, 1 warning, 2 info, 3 hint. */
    severity: number;
    pointer?: string;
    /** Byte offset, for issues in the binary chunk. */
    offset?: number;
  }
  export interface KhronosReport {
    issues: { numErrors: number; numWarnings: number; numInfos: number; numHints: number; truncated?: boolean; messages: KhronosMessage[] };
  }
  export interface KhronosOptions {
    uri?: string;
    format?: 'glb' | 'gltf';
    maxIssues?: number;
    writeTimestamp?: boolean;
    ignoredIssues?: string[];
  }
  export function validateBytes(data: Uint8Array, options?: KhronosOptions): Promise<KhronosReport>;
}
