import { html } from 'lit';
import { AcuptElement } from '../shared/base.js';
import { common, type CommonStrings } from '../i18n/common.js';

/**
 * @summary Acupuncture vs physical therapy comparison table. (Skeleton: issue 3 builds it.)
 */
export class AcuptCompare extends AcuptElement<CommonStrings> {
  protected override readonly catalog = common;
  override render() {
    return this.frame(html`<p>${this.strings.acupuncture} / ${this.strings.pt}</p>`);
  }
}
