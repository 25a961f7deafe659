// This file is generated from openapi.yaml by `npm run generate`. Do not edit it by hand:
// change openapi.yaml and run `npm run generate`; `npm run generate:check` fails when it is stale.
import runtime0 from "ajv-formats/dist/formats.js";
import { isRfc3339Date, isRfc3339DateTime } from "./rfc3339.js";
const specFormats = {
  email: runtime0.fullFormats.email,
  date: isRfc3339Date,
  "date-time": isRfc3339DateTime,
};
export const createUser_200 = validate20;
const schema31 = {"$id":"createUser:200","$ref":"https://app.hipp.health/api/openapi.json#/$defs/UserCreated"};
const schema33 = {"type":"object","description":"The answer to a successful create. The API reference marks neither field as\nrequired, but every documented answer carries both, and the created user is\nthe point of the call, so both are required here.\n\nNamed `UserCreated`, not `CreateUserResponse`: generators name their own\nper-operation types `<OperationId>Response`, `<OperationId>Data` and\n`<OperationId>Error`, and a schema of that name would collide with them.\n","required":["message","user"],"properties":{"message":{"type":"string","description":"A confirmation, such as `User created successfully`."},"user":{"$ref":"https://app.hipp.health/api/openapi.json#/$defs/CreatedUser"}}};
const schema34 = {"type":"object","description":"The user as returned right after creation. It differs from `User`, the\nshape that *Get a user* returns: it carries contact and organization\nfields and no demographic ones.\n\nThe API reference marks none of these fields as required (it gives the\ncreated user no field list). This spec requires the three that a\nsuccessful create always has, since the request itself required the\nnames: `publicId`, `firstName` and `lastName`.\n\n`role` stays optional for the same reason: no field list marks it. The\nreference's detailed success sample echoes it (the requested role, or\n`TECHNICIAN` by default). The short sample at the top of the page leaves\nit out, but that sample is a placeholder its docs site renders from the\nschema (`\"<string>\"` for every string), and it leaves out every\nenum-typed field, so it is no evidence that the API omits `role`.\n","required":["publicId","firstName","lastName"],"properties":{"publicId":{"type":"string","description":"The new user's public identifier; pass it to *Get a user*."},"firstName":{"type":"string","description":"The user's first name."},"lastName":{"type":"string","description":"The user's last name."},"email":{"type":"string","description":"The user's email address. The request checks its format; the API reference\ngives this response field no format (its own sample shows a plain string),\nso none is imposed here.\n"},"role":{"$ref":"https://app.hipp.health/api/openapi.json#/$defs/UserRole","description":"The user's role, as the detailed success sample of the API reference shows it."},"phoneNumber":{"type":"string","description":"The user's phone number."},"npiNumber":{"type":"string","description":"The user's National Provider Identifier (NPI) number."},"shouldSendSMS":{"type":"boolean","description":"Whether the user is sent SMS notifications."},"createdAt":{"type":"string","format":"date-time","description":"When the user was created, an ISO 8601 date-time."},"organization":{"$ref":"https://app.hipp.health/api/openapi.json#/$defs/Organization"}}};
const schema35 = {"type":"string","description":"Every role the API may return for a user. It is wider than\n`AssignableRole`: `HIPP_ADMIN`, `HIPP_BILLING_MANAGER` and\n`CLINICAL_SUPERADMIN` exist but cannot be assigned through the API.\n","enum":["ADMIN","BILLING_MANAGER","SCHEDULING_MANAGER","CLINICIAN","TECHNICIAN","PATIENT","CAREGIVER","HIPP_ADMIN","HIPP_BILLING_MANAGER","CLINICAL_ADMIN","PAYROLL_ADMIN","CLINICAL_SUPERADMIN"]};
const schema36 = {"type":"object","description":"The organization the user belongs to.","properties":{"name":{"type":"string","description":"The organization's name."},"publicId":{"type":"string","description":"The organization's public identifier."}}};
const formats0 = specFormats["date-time"];

function validate23(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate23.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.publicId === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "publicId"},message:"must have required property '"+"publicId"+"'"};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data.firstName === undefined){
const err1 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "firstName"},message:"must have required property '"+"firstName"+"'"};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
if(data.lastName === undefined){
const err2 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "lastName"},message:"must have required property '"+"lastName"+"'"};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
if(data.publicId !== undefined){
if(typeof data.publicId !== "string"){
const err3 = {instancePath:instancePath+"/publicId",schemaPath:"#/properties/publicId/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
if(data.firstName !== undefined){
if(typeof data.firstName !== "string"){
const err4 = {instancePath:instancePath+"/firstName",schemaPath:"#/properties/firstName/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
if(data.lastName !== undefined){
if(typeof data.lastName !== "string"){
const err5 = {instancePath:instancePath+"/lastName",schemaPath:"#/properties/lastName/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
}
if(data.email !== undefined){
if(typeof data.email !== "string"){
const err6 = {instancePath:instancePath+"/email",schemaPath:"#/properties/email/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
}
if(data.role !== undefined){
let data4 = data.role;
if(typeof data4 !== "string"){
const err7 = {instancePath:instancePath+"/role",schemaPath:"https://app.hipp.health/api/openapi.json#/$defs/UserRole/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
if(!((((((((((((data4 === "ADMIN") || (data4 === "BILLING_MANAGER")) || (data4 === "SCHEDULING_MANAGER")) || (data4 === "CLINICIAN")) || (data4 === "TECHNICIAN")) || (data4 === "PATIENT")) || (data4 === "CAREGIVER")) || (data4 === "HIPP_ADMIN")) || (data4 === "HIPP_BILLING_MANAGER")) || (data4 === "CLINICAL_ADMIN")) || (data4 === "PAYROLL_ADMIN")) || (data4 === "CLINICAL_SUPERADMIN"))){
const err8 = {instancePath:instancePath+"/role",schemaPath:"https://app.hipp.health/api/openapi.json#/$defs/UserRole/enum",keyword:"enum",params:{allowedValues: schema35.enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
}
if(data.phoneNumber !== undefined){
if(typeof data.phoneNumber !== "string"){
const err9 = {instancePath:instancePath+"/phoneNumber",schemaPath:"#/properties/phoneNumber/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
}
if(data.npiNumber !== undefined){
if(typeof data.npiNumber !== "string"){
const err10 = {instancePath:instancePath+"/npiNumber",schemaPath:"#/properties/npiNumber/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
}
if(data.shouldSendSMS !== undefined){
if(typeof data.shouldSendSMS !== "boolean"){
const err11 = {instancePath:instancePath+"/shouldSendSMS",schemaPath:"#/properties/shouldSendSMS/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
}
if(data.createdAt !== undefined){
let data8 = data.createdAt;
if(typeof data8 === "string"){
if(!(formats0(data8))){
const err12 = {instancePath:instancePath+"/createdAt",schemaPath:"#/properties/createdAt/format",keyword:"format",params:{format: "date-time"},message:"must match format \""+"date-time"+"\""};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
}
else {
const err13 = {instancePath:instancePath+"/createdAt",schemaPath:"#/properties/createdAt/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
}
if(data.organization !== undefined){
let data9 = data.organization;
if(data9 && typeof data9 == "object" && !Array.isArray(data9)){
if(data9.name !== undefined){
if(typeof data9.name !== "string"){
const err14 = {instancePath:instancePath+"/organization/name",schemaPath:"https://app.hipp.health/api/openapi.json#/$defs/Organization/properties/name/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
}
if(data9.publicId !== undefined){
if(typeof data9.publicId !== "string"){
const err15 = {instancePath:instancePath+"/organization/publicId",schemaPath:"https://app.hipp.health/api/openapi.json#/$defs/Organization/properties/publicId/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
}
}
else {
const err16 = {instancePath:instancePath+"/organization",schemaPath:"https://app.hipp.health/api/openapi.json#/$defs/Organization/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err16];
}
else {
vErrors.push(err16);
}
errors++;
}
}
}
else {
const err17 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err17];
}
else {
vErrors.push(err17);
}
errors++;
}
validate23.errors = vErrors;
return errors === 0;
}
validate23.evaluated = {"props":{"publicId":true,"firstName":true,"lastName":true,"email":true,"role":true,"phoneNumber":true,"npiNumber":true,"shouldSendSMS":true,"createdAt":true,"organization":true},"dynamicProps":false,"dynamicItems":false};


function validate22(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate22.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.message === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "message"},message:"must have required property '"+"message"+"'"};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data.user === undefined){
const err1 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "user"},message:"must have required property '"+"user"+"'"};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
if(data.message !== undefined){
if(typeof data.message !== "string"){
const err2 = {instancePath:instancePath+"/message",schemaPath:"#/properties/message/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
}
if(data.user !== undefined){
if(!(validate23(data.user, {instancePath:instancePath+"/user",parentData:data,parentDataProperty:"user",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate23.errors : vErrors.concat(validate23.errors);
errors = vErrors.length;
}
}
}
else {
const err3 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
validate22.errors = vErrors;
return errors === 0;
}
validate22.evaluated = {"props":{"message":true,"user":true},"dynamicProps":false,"dynamicItems":false};


function validate20(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
/*# sourceURL="createUser:200" */;
let vErrors = null;
let errors = 0;
const evaluated0 = validate20.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(!(validate22(data, {instancePath,parentData,parentDataProperty,rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate22.errors : vErrors.concat(validate22.errors);
errors = vErrors.length;
}
validate20.errors = vErrors;
return errors === 0;
}
validate20.evaluated = {"props":{"message":true,"user":true},"dynamicProps":false,"dynamicItems":false};

export const createUser_400 = validate26;
const schema37 = {"$id":"createUser:400","$ref":"https://app.hipp.health/api/openapi.json#/$defs/ValidationError"};
const schema38 = {"type":"object","description":"The body of a validation error (`400`).","required":["error","details"],"properties":{"error":{"type":"string","description":"A summary of the failure, such as `Validation error`."},"details":{"type":"array","description":"One entry per broken rule.","items":{"$ref":"https://app.hipp.health/api/openapi.json#/$defs/ValidationIssue"}}}};
const schema39 = {"type":"object","description":"One broken validation rule.","required":["code","message","path"],"properties":{"code":{"type":"string","description":"A machine-readable code for the rule, such as `invalid_string`."},"message":{"type":"string","description":"What the rule demands, in words."},"path":{"type":"array","description":"Where the offending value sits, from the root of the request, such as `[\"email\"]`.\nThe documented paths hold property names only; an array element would be named by\nits index, so a step may also be an integer.\n","items":{"type":["string","integer"],"description":"One step of the path, a property name or an array index."}}}};

function validate27(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate27.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.error === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "error"},message:"must have required property '"+"error"+"'"};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data.details === undefined){
const err1 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "details"},message:"must have required property '"+"details"+"'"};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
if(data.error !== undefined){
if(typeof data.error !== "string"){
const err2 = {instancePath:instancePath+"/error",schemaPath:"#/properties/error/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
}
if(data.details !== undefined){
let data1 = data.details;
if(Array.isArray(data1)){
const len0 = data1.length;
for(let i0=0; i0<len0; i0++){
let data2 = data1[i0];
if(data2 && typeof data2 == "object" && !Array.isArray(data2)){
if(data2.code === undefined){
const err3 = {instancePath:instancePath+"/details/" + i0,schemaPath:"https://app.hipp.health/api/openapi.json#/$defs/ValidationIssue/required",keyword:"required",params:{missingProperty: "code"},message:"must have required property '"+"code"+"'"};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
if(data2.message === undefined){
const err4 = {instancePath:instancePath+"/details/" + i0,schemaPath:"https://app.hipp.health/api/openapi.json#/$defs/ValidationIssue/required",keyword:"required",params:{missingProperty: "message"},message:"must have required property '"+"message"+"'"};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
if(data2.path === undefined){
const err5 = {instancePath:instancePath+"/details/" + i0,schemaPath:"https://app.hipp.health/api/openapi.json#/$defs/ValidationIssue/required",keyword:"required",params:{missingProperty: "path"},message:"must have required property '"+"path"+"'"};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
if(data2.code !== undefined){
if(typeof data2.code !== "string"){
const err6 = {instancePath:instancePath+"/details/" + i0+"/code",schemaPath:"https://app.hipp.health/api/openapi.json#/$defs/ValidationIssue/properties/code/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
}
if(data2.message !== undefined){
if(typeof data2.message !== "string"){
const err7 = {instancePath:instancePath+"/details/" + i0+"/message",schemaPath:"https://app.hipp.health/api/openapi.json#/$defs/ValidationIssue/properties/message/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
}
if(data2.path !== undefined){
let data5 = data2.path;
if(Array.isArray(data5)){
const len1 = data5.length;
for(let i1=0; i1<len1; i1++){
let data6 = data5[i1];
if((typeof data6 !== "string") && (!(((typeof data6 == "number") && (!(data6 % 1) && !isNaN(data6))) && (isFinite(data6))))){
const err8 = {instancePath:instancePath+"/details/" + i0+"/path/" + i1,schemaPath:"https://app.hipp.health/api/openapi.json#/$defs/ValidationIssue/properties/path/items/type",keyword:"type",params:{type: schema39.properties.path.items.type},message:"must be string,integer"};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
}
}
else {
const err9 = {instancePath:instancePath+"/details/" + i0+"/path",schemaPath:"https://app.hipp.health/api/openapi.json#/$defs/ValidationIssue/properties/path/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
}
}
else {
const err10 = {instancePath:instancePath+"/details/" + i0,schemaPath:"https://app.hipp.health/api/openapi.json#/$defs/ValidationIssue/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
}
}
else {
const err11 = {instancePath:instancePath+"/details",schemaPath:"#/properties/details/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
}
}
else {
const err12 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
validate27.errors = vErrors;
return errors === 0;
}
validate27.evaluated = {"props":{"error":true,"details":true},"dynamicProps":false,"dynamicItems":false};


function validate26(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
/*# sourceURL="createUser:400" */;
let vErrors = null;
let errors = 0;
const evaluated0 = validate26.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(!(validate27(data, {instancePath,parentData,parentDataProperty,rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate27.errors : vErrors.concat(validate27.errors);
errors = vErrors.length;
}
validate26.errors = vErrors;
return errors === 0;
}
validate26.evaluated = {"props":{"error":true,"details":true},"dynamicProps":false,"dynamicItems":false};

export const createUser_401 = validate29;
const schema40 = {"$id":"createUser:401","$ref":"https://app.hipp.health/api/openapi.json#/$defs/ErrorBody"};
const schema41 = {"type":"object","description":"The body of every error but a validation error.\n\nNamed `ErrorBody`, not `Error`: a schema named `Error` would shadow the language's own\n`Error` type in the code most generators write.\n","required":["error"],"properties":{"error":{"type":"string","description":"What went wrong, in words."}}};

function validate29(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
/*# sourceURL="createUser:401" */;
let vErrors = null;
let errors = 0;
const evaluated0 = validate29.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.error === undefined){
const err0 = {instancePath,schemaPath:"https://app.hipp.health/api/openapi.json#/$defs/ErrorBody/required",keyword:"required",params:{missingProperty: "error"},message:"must have required property '"+"error"+"'"};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data.error !== undefined){
if(typeof data.error !== "string"){
const err1 = {instancePath:instancePath+"/error",schemaPath:"https://app.hipp.health/api/openapi.json#/$defs/ErrorBody/properties/error/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
}
}
else {
const err2 = {instancePath,schemaPath:"https://app.hipp.health/api/openapi.json#/$defs/ErrorBody/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
validate29.errors = vErrors;
return errors === 0;
}
validate29.evaluated = {"props":{"error":true},"dynamicProps":false,"dynamicItems":false};

export const createUser_403 = validate30;
const schema42 = {"$id":"createUser:403","$ref":"https://app.hipp.health/api/openapi.json#/$defs/ErrorBody"};

function validate30(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
/*# sourceURL="createUser:403" */;
let vErrors = null;
let errors = 0;
const evaluated0 = validate30.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.error === undefined){
const err0 = {instancePath,schemaPath:"https://app.hipp.health/api/openapi.json#/$defs/ErrorBody/required",keyword:"required",params:{missingProperty: "error"},message:"must have required property '"+"error"+"'"};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data.error !== undefined){
if(typeof data.error !== "string"){
const err1 = {instancePath:instancePath+"/error",schemaPath:"https://app.hipp.health/api/openapi.json#/$defs/ErrorBody/properties/error/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
}
}
else {
const err2 = {instancePath,schemaPath:"https://app.hipp.health/api/openapi.json#/$defs/ErrorBody/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
validate30.errors = vErrors;
return errors === 0;
}
validate30.evaluated = {"props":{"error":true},"dynamicProps":false,"dynamicItems":false};

export const getUserById_200 = validate31;
const schema44 = {"$id":"getUserById:200","$ref":"https://app.hipp.health/api/openapi.json#/$defs/User"};
const schema45 = {"type":"object","description":"A user as returned by *Get a user*, with demographic fields that may be\n`null`.\n\nThe field list of the API reference marks `publicId` and `role` as\nrequired, and so does this spec.\n\nThe short sample at the top of the reference page carries neither `role`\nnor `sex`. It is not taken as behaviour: the docs site renders it from\nthe schema as a placeholder (`\"<string>\"` for every string,\n`2023-12-25` for the date), and it leaves out every enum-typed field\nwhile keeping every other one. The detailed success sample, written by\nhand, carries both.\n","required":["publicId","role"],"properties":{"publicId":{"type":"string","description":"The user's public identifier."},"role":{"$ref":"https://app.hipp.health/api/openapi.json#/$defs/UserRole","description":"The user's role, any of the twelve user roles."},"firstName":{"type":["string","null"],"description":"The user's first name."},"lastName":{"type":["string","null"],"description":"The user's last name."},"sex":{"type":["string","null"],"enum":["MALE","FEMALE","OTHER",null],"description":"The user's sex."},"caregiverId":{"type":["string","null"],"description":"The public identifier of the user's caregiver, when the user is a patient."},"birthDate":{"type":["string","null"],"format":"date","description":"The user's birth date, as YYYY-MM-DD."},"addressLine1":{"type":["string","null"],"description":"The first line of the user's address."},"addressLine2":{"type":["string","null"],"description":"The second line of the user's address."},"city":{"type":["string","null"],"description":"The city of the user's address."},"state":{"type":["string","null"],"description":"The state of the user's address."},"postalCode":{"type":["string","null"],"description":"The postal code of the user's address."}}};
const formats2 = specFormats.date;

function validate32(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate32.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.publicId === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "publicId"},message:"must have required property '"+"publicId"+"'"};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data.role === undefined){
const err1 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "role"},message:"must have required property '"+"role"+"'"};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
if(data.publicId !== undefined){
if(typeof data.publicId !== "string"){
const err2 = {instancePath:instancePath+"/publicId",schemaPath:"#/properties/publicId/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
}
if(data.role !== undefined){
let data1 = data.role;
if(typeof data1 !== "string"){
const err3 = {instancePath:instancePath+"/role",schemaPath:"https://app.hipp.health/api/openapi.json#/$defs/UserRole/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
if(!((((((((((((data1 === "ADMIN") || (data1 === "BILLING_MANAGER")) || (data1 === "SCHEDULING_MANAGER")) || (data1 === "CLINICIAN")) || (data1 === "TECHNICIAN")) || (data1 === "PATIENT")) || (data1 === "CAREGIVER")) || (data1 === "HIPP_ADMIN")) || (data1 === "HIPP_BILLING_MANAGER")) || (data1 === "CLINICAL_ADMIN")) || (data1 === "PAYROLL_ADMIN")) || (data1 === "CLINICAL_SUPERADMIN"))){
const err4 = {instancePath:instancePath+"/role",schemaPath:"https://app.hipp.health/api/openapi.json#/$defs/UserRole/enum",keyword:"enum",params:{allowedValues: schema35.enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
if(data.firstName !== undefined){
let data2 = data.firstName;
if((typeof data2 !== "string") && (data2 !== null)){
const err5 = {instancePath:instancePath+"/firstName",schemaPath:"#/properties/firstName/type",keyword:"type",params:{type: schema45.properties.firstName.type},message:"must be string,null"};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
}
if(data.lastName !== undefined){
let data3 = data.lastName;
if((typeof data3 !== "string") && (data3 !== null)){
const err6 = {instancePath:instancePath+"/lastName",schemaPath:"#/properties/lastName/type",keyword:"type",params:{type: schema45.properties.lastName.type},message:"must be string,null"};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
}
if(data.sex !== undefined){
let data4 = data.sex;
if((typeof data4 !== "string") && (data4 !== null)){
const err7 = {instancePath:instancePath+"/sex",schemaPath:"#/properties/sex/type",keyword:"type",params:{type: schema45.properties.sex.type},message:"must be string,null"};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
if(!((((data4 === "MALE") || (data4 === "FEMALE")) || (data4 === "OTHER")) || (data4 === null))){
const err8 = {instancePath:instancePath+"/sex",schemaPath:"#/properties/sex/enum",keyword:"enum",params:{allowedValues: schema45.properties.sex.enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
}
if(data.caregiverId !== undefined){
let data5 = data.caregiverId;
if((typeof data5 !== "string") && (data5 !== null)){
const err9 = {instancePath:instancePath+"/caregiverId",schemaPath:"#/properties/caregiverId/type",keyword:"type",params:{type: schema45.properties.caregiverId.type},message:"must be string,null"};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
}
if(data.birthDate !== undefined){
let data6 = data.birthDate;
if((typeof data6 !== "string") && (data6 !== null)){
const err10 = {instancePath:instancePath+"/birthDate",schemaPath:"#/properties/birthDate/type",keyword:"type",params:{type: schema45.properties.birthDate.type},message:"must be string,null"};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
if(typeof data6 === "string"){
if(!(formats2(data6))){
const err11 = {instancePath:instancePath+"/birthDate",schemaPath:"#/properties/birthDate/format",keyword:"format",params:{format: "date"},message:"must match format \""+"date"+"\""};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
}
}
if(data.addressLine1 !== undefined){
let data7 = data.addressLine1;
if((typeof data7 !== "string") && (data7 !== null)){
const err12 = {instancePath:instancePath+"/addressLine1",schemaPath:"#/properties/addressLine1/type",keyword:"type",params:{type: schema45.properties.addressLine1.type},message:"must be string,null"};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
}
if(data.addressLine2 !== undefined){
let data8 = data.addressLine2;
if((typeof data8 !== "string") && (data8 !== null)){
const err13 = {instancePath:instancePath+"/addressLine2",schemaPath:"#/properties/addressLine2/type",keyword:"type",params:{type: schema45.properties.addressLine2.type},message:"must be string,null"};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
}
if(data.city !== undefined){
let data9 = data.city;
if((typeof data9 !== "string") && (data9 !== null)){
const err14 = {instancePath:instancePath+"/city",schemaPath:"#/properties/city/type",keyword:"type",params:{type: schema45.properties.city.type},message:"must be string,null"};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
}
if(data.state !== undefined){
let data10 = data.state;
if((typeof data10 !== "string") && (data10 !== null)){
const err15 = {instancePath:instancePath+"/state",schemaPath:"#/properties/state/type",keyword:"type",params:{type: schema45.properties.state.type},message:"must be string,null"};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
}
if(data.postalCode !== undefined){
let data11 = data.postalCode;
if((typeof data11 !== "string") && (data11 !== null)){
const err16 = {instancePath:instancePath+"/postalCode",schemaPath:"#/properties/postalCode/type",keyword:"type",params:{type: schema45.properties.postalCode.type},message:"must be string,null"};
if(vErrors === null){
vErrors = [err16];
}
else {
vErrors.push(err16);
}
errors++;
}
}
}
else {
const err17 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err17];
}
else {
vErrors.push(err17);
}
errors++;
}
validate32.errors = vErrors;
return errors === 0;
}
validate32.evaluated = {"props":{"publicId":true,"role":true,"firstName":true,"lastName":true,"sex":true,"caregiverId":true,"birthDate":true,"addressLine1":true,"addressLine2":true,"city":true,"state":true,"postalCode":true},"dynamicProps":false,"dynamicItems":false};


function validate31(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
/*# sourceURL="getUserById:200" */;
let vErrors = null;
let errors = 0;
const evaluated0 = validate31.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(!(validate32(data, {instancePath,parentData,parentDataProperty,rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate32.errors : vErrors.concat(validate32.errors);
errors = vErrors.length;
}
validate31.errors = vErrors;
return errors === 0;
}
validate31.evaluated = {"props":{"publicId":true,"role":true,"firstName":true,"lastName":true,"sex":true,"caregiverId":true,"birthDate":true,"addressLine1":true,"addressLine2":true,"city":true,"state":true,"postalCode":true},"dynamicProps":false,"dynamicItems":false};

export const getUserById_400 = validate34;
const schema47 = {"$id":"getUserById:400","$ref":"https://app.hipp.health/api/openapi.json#/$defs/ValidationError"};

function validate35(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate35.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.error === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "error"},message:"must have required property '"+"error"+"'"};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data.details === undefined){
const err1 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "details"},message:"must have required property '"+"details"+"'"};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
if(data.error !== undefined){
if(typeof data.error !== "string"){
const err2 = {instancePath:instancePath+"/error",schemaPath:"#/properties/error/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
}
if(data.details !== undefined){
let data1 = data.details;
if(Array.isArray(data1)){
const len0 = data1.length;
for(let i0=0; i0<len0; i0++){
let data2 = data1[i0];
if(data2 && typeof data2 == "object" && !Array.isArray(data2)){
if(data2.code === undefined){
const err3 = {instancePath:instancePath+"/details/" + i0,schemaPath:"https://app.hipp.health/api/openapi.json#/$defs/ValidationIssue/required",keyword:"required",params:{missingProperty: "code"},message:"must have required property '"+"code"+"'"};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
if(data2.message === undefined){
const err4 = {instancePath:instancePath+"/details/" + i0,schemaPath:"https://app.hipp.health/api/openapi.json#/$defs/ValidationIssue/required",keyword:"required",params:{missingProperty: "message"},message:"must have required property '"+"message"+"'"};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
if(data2.path === undefined){
const err5 = {instancePath:instancePath+"/details/" + i0,schemaPath:"https://app.hipp.health/api/openapi.json#/$defs/ValidationIssue/required",keyword:"required",params:{missingProperty: "path"},message:"must have required property '"+"path"+"'"};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
if(data2.code !== undefined){
if(typeof data2.code !== "string"){
const err6 = {instancePath:instancePath+"/details/" + i0+"/code",schemaPath:"https://app.hipp.health/api/openapi.json#/$defs/ValidationIssue/properties/code/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
}
if(data2.message !== undefined){
if(typeof data2.message !== "string"){
const err7 = {instancePath:instancePath+"/details/" + i0+"/message",schemaPath:"https://app.hipp.health/api/openapi.json#/$defs/ValidationIssue/properties/message/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
}
if(data2.path !== undefined){
let data5 = data2.path;
if(Array.isArray(data5)){
const len1 = data5.length;
for(let i1=0; i1<len1; i1++){
let data6 = data5[i1];
if((typeof data6 !== "string") && (!(((typeof data6 == "number") && (!(data6 % 1) && !isNaN(data6))) && (isFinite(data6))))){
const err8 = {instancePath:instancePath+"/details/" + i0+"/path/" + i1,schemaPath:"https://app.hipp.health/api/openapi.json#/$defs/ValidationIssue/properties/path/items/type",keyword:"type",params:{type: schema39.properties.path.items.type},message:"must be string,integer"};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
}
}
else {
const err9 = {instancePath:instancePath+"/details/" + i0+"/path",schemaPath:"https://app.hipp.health/api/openapi.json#/$defs/ValidationIssue/properties/path/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
}
}
else {
const err10 = {instancePath:instancePath+"/details/" + i0,schemaPath:"https://app.hipp.health/api/openapi.json#/$defs/ValidationIssue/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
}
}
else {
const err11 = {instancePath:instancePath+"/details",schemaPath:"#/properties/details/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
}
}
else {
const err12 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
validate35.errors = vErrors;
return errors === 0;
}
validate35.evaluated = {"props":{"error":true,"details":true},"dynamicProps":false,"dynamicItems":false};


function validate34(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
/*# sourceURL="getUserById:400" */;
let vErrors = null;
let errors = 0;
const evaluated0 = validate34.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(!(validate35(data, {instancePath,parentData,parentDataProperty,rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate35.errors : vErrors.concat(validate35.errors);
errors = vErrors.length;
}
validate34.errors = vErrors;
return errors === 0;
}
validate34.evaluated = {"props":{"error":true,"details":true},"dynamicProps":false,"dynamicItems":false};

export const getUserById_401 = validate37;
const schema50 = {"$id":"getUserById:401","$ref":"https://app.hipp.health/api/openapi.json#/$defs/ErrorBody"};

function validate37(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
/*# sourceURL="getUserById:401" */;
let vErrors = null;
let errors = 0;
const evaluated0 = validate37.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.error === undefined){
const err0 = {instancePath,schemaPath:"https://app.hipp.health/api/openapi.json#/$defs/ErrorBody/required",keyword:"required",params:{missingProperty: "error"},message:"must have required property '"+"error"+"'"};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data.error !== undefined){
if(typeof data.error !== "string"){
const err1 = {instancePath:instancePath+"/error",schemaPath:"https://app.hipp.health/api/openapi.json#/$defs/ErrorBody/properties/error/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
}
}
else {
const err2 = {instancePath,schemaPath:"https://app.hipp.health/api/openapi.json#/$defs/ErrorBody/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
validate37.errors = vErrors;
return errors === 0;
}
validate37.evaluated = {"props":{"error":true},"dynamicProps":false,"dynamicItems":false};

export const getUserById_403 = validate38;
const schema52 = {"$id":"getUserById:403","$ref":"https://app.hipp.health/api/openapi.json#/$defs/ErrorBody"};

function validate38(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
/*# sourceURL="getUserById:403" */;
let vErrors = null;
let errors = 0;
const evaluated0 = validate38.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.error === undefined){
const err0 = {instancePath,schemaPath:"https://app.hipp.health/api/openapi.json#/$defs/ErrorBody/required",keyword:"required",params:{missingProperty: "error"},message:"must have required property '"+"error"+"'"};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data.error !== undefined){
if(typeof data.error !== "string"){
const err1 = {instancePath:instancePath+"/error",schemaPath:"https://app.hipp.health/api/openapi.json#/$defs/ErrorBody/properties/error/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
}
}
else {
const err2 = {instancePath,schemaPath:"https://app.hipp.health/api/openapi.json#/$defs/ErrorBody/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
validate38.errors = vErrors;
return errors === 0;
}
validate38.evaluated = {"props":{"error":true},"dynamicProps":false,"dynamicItems":false};

export const getUserById_404 = validate39;
const schema54 = {"$id":"getUserById:404","$ref":"https://app.hipp.health/api/openapi.json#/$defs/ErrorBody"};

function validate39(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
/*# sourceURL="getUserById:404" */;
let vErrors = null;
let errors = 0;
const evaluated0 = validate39.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.error === undefined){
const err0 = {instancePath,schemaPath:"https://app.hipp.health/api/openapi.json#/$defs/ErrorBody/required",keyword:"required",params:{missingProperty: "error"},message:"must have required property '"+"error"+"'"};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data.error !== undefined){
if(typeof data.error !== "string"){
const err1 = {instancePath:instancePath+"/error",schemaPath:"https://app.hipp.health/api/openapi.json#/$defs/ErrorBody/properties/error/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
}
}
else {
const err2 = {instancePath,schemaPath:"https://app.hipp.health/api/openapi.json#/$defs/ErrorBody/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
validate39.errors = vErrors;
return errors === 0;
}
validate39.evaluated = {"props":{"error":true},"dynamicProps":false,"dynamicItems":false};


/** Response body validators by `operationId:status`. */
export const responseValidators = {
  "createUser:200": createUser_200,
  "createUser:400": createUser_400,
  "createUser:401": createUser_401,
  "createUser:403": createUser_403,
  "getUserById:200": getUserById_200,
  "getUserById:400": getUserById_400,
  "getUserById:401": getUserById_401,
  "getUserById:403": getUserById_403,
  "getUserById:404": getUserById_404,
};
