import { useTranslation } from 'react-i18next';
import { UIC_RECIPE_IDS, UIC_RECIPES, type UicRecipeId } from '../../../domain/uic/uic-recipes';
import { Alert } from '../../ui/alert';
import { Checkbox, RadioGroup } from '../../ui/field';

interface UicRecipeFieldProps {
  value: UicRecipeId;
  saved: UicRecipeId;
  canChange: boolean;
  networkHasMembers: boolean;
  confirmed: boolean;
  error: string | undefined;
  onValue: (value: UicRecipeId) => void;
  onConfirmed: (confirmed: boolean) => void;
}

/** The network's UIC recipe: chosen by the regional administrators, read-only for everyone else. */
export function UicRecipeField(props: UicRecipeFieldProps) {
  const { t } = useTranslation();
  const recipe = UIC_RECIPES[props.saved];
  if (!props.canChange) {
    return (
      <section className="fieldset" aria-labelledby="uic-recipe-title">
        <h3 className="field__label flush" id="uic-recipe-title">
          {t('registrySettings.uicRecipe')}
        </h3>
        <p className="flush">
          <strong>{t(recipe.labelKey)}</strong>
          <span className="choice__hint">{t(recipe.descriptionKey)}</span>
        </p>
        <p className="muted small flush">{t('registrySettings.uicRecipeRegionalOnly')}</p>
      </section>
    );
  }
  const changed = props.value !== props.saved;
  return (
    <div className="stack">
      <RadioGroup
        legend={t('registrySettings.uicRecipe')}
        name="uicRecipeId"
        value={props.value}
        onValue={(value) => props.onValue(value as UicRecipeId)}
        options={UIC_RECIPE_IDS.map((id) => ({
          value: id,
          label: t(UIC_RECIPES[id].labelKey),
          hint: t(UIC_RECIPES[id].descriptionKey),
        }))}
        error={props.error}
      />
      <p className="muted small flush">{t('registrySettings.uicRecipeHint')}</p>
      {changed && props.networkHasMembers ? (
        <Alert kind="error">
          <p className="flush">{t('registrySettings.uicRecipeMembersWarning')}</p>
          <Checkbox
            label={t('registrySettings.confirmUicRecipeChange')}
            checked={props.confirmed}
            onChecked={props.onConfirmed}
          />
        </Alert>
      ) : null}
    </div>
  );
}
