export * from './uic-recipe.types';
export * from './uic-recipes';
export * from './uic-normalize';
export * from './uic-build';
export * from './uic.schemas';
