// The API's answers as tests read them: the types generated from the API's OpenAPI document (the web client's, kept
// in step with the API by the contract spec apps/api/src/openapi-types.spec.ts), so a test cannot drift from the API.
import type { components, paths } from '@hotline/contracts';

export type { paths as ApiPaths };
export type ApiSchemas = components['schemas'];

export type Receipt = ApiSchemas['CaseReceiptDto'];
export type OperatorReceipt = ApiSchemas['OperatorCaseReceiptDto'];
export type CaseDetail = ApiSchemas['CaseDetailDto'];
export type CaseList = ApiSchemas['CaseListDto'];
export type CaseListItem = ApiSchemas['CaseListItemDto'];
export type TrackingView = ApiSchemas['TrackingViewDto'];
export type SimilarCase = ApiSchemas['SimilarCaseDto'];
export type LoginResult = ApiSchemas['LoginResultDto'];
export type AuditEntry = ApiSchemas['AuditEntryDto'];
export type AuditPage = ApiSchemas['AuditPageDto'];
export type IdentityGrant = ApiSchemas['IdentityGrantDto'];
export type ProtectedIdentity = ApiSchemas['ProtectedIdentityDto'];
export type OverdueGroup = ApiSchemas['OverdueGroupDto'];
export type RetentionRun = ApiSchemas['RetentionRunDto'];
export type PublicationReview = ApiSchemas['PublicationReviewDto'];
export type AnswerTemplate = ApiSchemas['AnswerTemplateDto'];
export type FilledAnswerTemplate = ApiSchemas['FilledAnswerTemplateDto'];
export type AnswerCheck = ApiSchemas['AnswerCheckDto'];
export type Disclosure = ApiSchemas['DisclosureDto'];

/** The error body of every 4xx, as libs/platform's exception filter writes it. */
export type { ErrorBody as ApiErrorBody } from '@hotline/platform';
