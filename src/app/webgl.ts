export interface WebGLSupport {
  /** The browser can create a WebGL 2 context (three.js needs it). */
  available: boolean;
  /**
   * The context is rendered on the CPU (SwiftShader, llvmpipe): every pixel is expensive there, so the stage
   * trades multisampling and pixel density for responsiveness.
   */
  software: boolean;
}

const SOFTWARE_RENDERERS = /swiftshader|llvmpipe|software|softpipe/i;

let support: WebGLSupport | undefined;

/** What the browser's WebGL can do, asked once. */
export function probeWebGL(): WebGLSupport {
  support ??= probe();
  return support;
}

function probe(): WebGLSupport {
  try {
    // The smallest context that can answer: a default one (300 × 150, multisampled, with depth) costs a software
    // renderer real work to create and destroy.
    const canvas = document.createElement('canvas');
    canvas.width = canvas.height = 1;
    const gl = canvas.getContext('webgl2', { antialias: false, depth: false, stencil: false, alpha: false });
    if (!gl) return { available: false, software: false };
    const info = gl.getExtension('WEBGL_debug_renderer_info');
    const renderer = String(gl.getParameter(info ? info.UNMASKED_RENDERER_WEBGL : gl.RENDERER));
    gl.getExtension('WEBGL_lose_context')?.loseContext();
    return { available: true, software: SOFTWARE_RENDERERS.test(renderer) };
  } catch {
    return { available: false, software: false };
  }
}
