import { CxCustomer360 } from '../components/customer-360/customer-360.js';
import { defineElement } from '../internal/define.js';

defineElement('cx-customer-360', CxCustomer360);

declare global {
  interface HTMLElementTagNameMap {
    'cx-customer-360': CxCustomer360;
  }
}
