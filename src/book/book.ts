import { html } from 'lit';
import { AcuptElement } from '../shared/base.js';
import { common, type CommonStrings } from '../i18n/common.js';

/**
 * @summary Book-now button. (Skeleton: issue 5 builds it.)
 */
export class AcuptBook extends AcuptElement<CommonStrings> {
  protected override readonly catalog = common;
  override render() {
    return this.frame(html`<p>${this.strings.acupuncture} / ${this.strings.pt}</p>`);
  }
}
