export { THIRD_PARTY_ROLES, ThirdPartyRoleInvalidError, effectOf, isThirdPartyRole, type ThirdPartyEffect, type ThirdPartyRole } from './third-party';
