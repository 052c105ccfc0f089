import { html } from 'lit';
import { AcuptElement } from '../shared/base.js';
import { common, type CommonStrings } from '../i18n/common.js';

/**
 * @summary Start-here quiz. (Skeleton: issue 4 builds it.)
 */
export class AcuptQuiz extends AcuptElement<CommonStrings> {
  protected override readonly catalog = common;
  override render() {
    return this.frame(html`<p>${this.strings.acupuncture} / ${this.strings.pt}</p>`);
  }
}
