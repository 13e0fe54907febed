/**
 * VRM 1.0: a glTF-Transform extension that writes `VRMC_vrm` (meta, humanoid, expressions, lookAt) after the
 * processing steps, with node indices resolved at write time.
 */
import { Extension, type Node, type WriterContext } from '@gltf-transform/core';
import type { AvatarManifest } from '../core/manifest';

/** Our (Mixamo) joint names → VRM humanoid bone names. There is no jaw joint in the skeleton. */
export const HUMANOID_BONES: Readonly<Record<string, string>> = {
  Hips: 'hips', Spine: 'spine', Spine1: 'chest', Spine2: 'upperChest', Neck: 'neck', Head: 'head', LeftEye: 'leftEye', RightEye: 'rightEye',
  ...side('Left', 'left'),
  ...side('Right', 'right'),
};

function side(ours: string, vrm: string): Record<string, string> {
  const bones: Record<string, string> = {
    [`${ours}Shoulder`]: `${vrm}Shoulder`, [`${ours}Arm`]: `${vrm}UpperArm`, [`${ours}ForeArm`]: `${vrm}LowerArm`, [`${ours}Hand`]: `${vrm}Hand`,
    [`${ours}UpLeg`]: `${vrm}UpperLeg`, [`${ours}Leg`]: `${vrm}LowerLeg`, [`${ours}Foot`]: `${vrm}Foot`, [`${ours}ToeBase`]: `${vrm}Toes`,
  };
  const thumb = ['Metacarpal', 'Proximal', 'Distal'];
  const finger = ['Proximal', 'Intermediate', 'Distal'];
  for (let k = 1; k <= 3; k += 1) {
    bones[`${ours}HandThumb${k}`] = `${vrm}Thumb${thumb[k - 1]}`;
    for (const name of ['Index', 'Middle', 'Ring', 'Little']) bones[`${ours}Hand${name === 'Little' ? 'Pinky' : name}${k}`] = `${vrm}${name}${finger[k - 1]}`;
  }
  return bones;
}

/** VRM expression presets → the morph targets (RPM names) they drive, with weights. */
export const EXPRESSION_MORPHS: Readonly<Record<string, readonly (readonly [string, number])[]>> = {
  blink: [['eyeBlinkLeft', 1], ['eyeBlinkRight', 1]],
  blinkLeft: [['eyeBlinkLeft', 1]],
  blinkRight: [['eyeBlinkRight', 1]],
  aa: [['viseme_aa', 1]],
  ih: [['viseme_I', 1]],
  ou: [['viseme_U', 1]],
  ee: [['viseme_E', 1]],
  oh: [['viseme_O', 1]],
  happy: [['mouthSmileLeft', 1], ['mouthSmileRight', 1], ['cheekSquintLeft', 0.5], ['cheekSquintRight', 0.5]],
  sad: [['mouthFrownLeft', 1], ['mouthFrownRight', 1], ['browInnerUp', 1]],
  angry: [['browDownLeft', 1], ['browDownRight', 1], ['mouthPressLeft', 0.6], ['mouthPressRight', 0.6], ['noseSneerLeft', 0.5], ['noseSneerRight', 0.5]],
  surprised: [['browInnerUp', 1], ['browOuterUpLeft', 1], ['browOuterUpRight', 1], ['eyeWideLeft', 1], ['eyeWideRight', 1], ['jawOpen', 0.6]],
  relaxed: [['mouthSmileLeft', 0.4], ['mouthSmileRight', 0.4], ['eyeBlinkLeft', 0.3], ['eyeBlinkRight', 0.3]],
};

const LOOK_RANGE = { inputMaxValue: 90, outputScale: 10 };

export interface VrmContent {
  meta: AvatarManifest['meta'];
  /** Credit lines of the worn items' licences. */
  copyright: string;
  joints: readonly Node[];
  /** Mesh nodes with the morph target names of their mesh. */
  meshNodes: readonly { node: Node; morphNames: readonly string[] }[];
}

export class VrmcVrm extends Extension {
  static override readonly EXTENSION_NAME = 'VRMC_vrm';
  override readonly extensionName = 'VRMC_vrm';
  private content: VrmContent | null = null;

  setContent(content: VrmContent): this {
    this.content = content;
    return this;
  }

  read(): this {
    return this;
  }

  write(context: WriterContext): this {
    if (!this.content) return this;
    const { meta, copyright, joints, meshNodes } = this.content;
    const index = (node: Node) => context.nodeIndexMap.get(node)!;
    const humanBones = Object.fromEntries(joints.filter((node) => HUMANOID_BONES[node.getName()]).map((node) => [HUMANOID_BONES[node.getName()], { node: index(node) }]));
    const preset = Object.fromEntries(
      Object.entries(EXPRESSION_MORPHS).flatMap(([expression, morphs]) => {
        const binds = meshNodes.flatMap(({ node, morphNames }) =>
          morphs.filter(([name]) => morphNames.includes(name)).map(([name, weight]) => ({ node: index(node), index: morphNames.indexOf(name), weight })),
        );
        return binds.length > 0 ? [[expression, { morphTargetBinds: binds, isBinary: false, overrideBlink: 'none', overrideLookAt: 'none', overrideMouth: 'none' }]] : [];
      }),
    );
    const json = context.jsonDoc.json;
    json.extensions = {
      ...json.extensions,
      VRMC_vrm: {
        specVersion: '1.0',
        meta: {
          name: meta.name,
          authors: meta.authors.length > 0 ? meta.authors : ['Avatar Atelier user'],
          copyrightInformation: copyright,
          licenseUrl: meta.licenceUrl,
          avatarPermission: meta.avatarPermission,
          commercialUsage: meta.commercialUsage,
          creditNotation: meta.creditNotation,
          allowRedistribution: meta.allowRedistribution,
          modification: meta.modification,
          allowExcessivelyViolentUsage: false,
          allowExcessivelySexualUsage: false,
          allowPoliticalOrReligiousUsage: false,
          allowAntisocialOrHateUsage: false,
        },
        humanoid: { humanBones },
        expressions: { preset },
        lookAt: {
          type: 'bone',
          offsetFromHeadBone: [0, 0.06, 0.02],
          rangeMapHorizontalInner: LOOK_RANGE,
          rangeMapHorizontalOuter: LOOK_RANGE,
          rangeMapVerticalDown: LOOK_RANGE,
          rangeMapVerticalUp: LOOK_RANGE,
        },
      },
    };
    return this;
  }
}
