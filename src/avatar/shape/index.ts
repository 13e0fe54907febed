export { applyShape, clampShapeValues, defaultShapeValues, lowestBodyY, setEthnicity } from './apply';
export { SHAPE_FORMAT, SHAPE_FORMAT_VERSION, type ShapeControl, type ShapeJson, type ShapeValues } from './format';
export { ageToYears, DEFAULT_MACROS, MACRO_KEYS, yearsToAge, type MacroValues } from './macroWeights';
export { parseShapeData, type ShapeModel } from './model';
