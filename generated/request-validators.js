// This file is generated from openapi.yaml by `npm run generate`. Do not edit it by hand:
// change openapi.yaml and run `npm run generate`; `npm run generate:check` fails when it is stale.
import runtime0 from "ajv-formats/dist/formats.js";
import { isRfc3339Date, isRfc3339DateTime } from "./rfc3339.js";
const specFormats = {
  email: runtime0.fullFormats.email,
  date: isRfc3339Date,
  "date-time": isRfc3339DateTime,
};
export const createUser_body = validate20;
const schema31 = {"$id":"createUser:body","$ref":"https://app.hipp.health/api/openapi.json#/$defs/CreateUserRequest"};
const schema33 = {"type":"object","description":"A user to create. Only the first and last names are required.","required":["firstName","lastName"],"properties":{"firstName":{"type":"string","minLength":1,"description":"The user's first name."},"lastName":{"type":"string","minLength":1,"description":"The user's last name."},"email":{"type":"string","format":"email","description":"The user's email address. It must be unique."},"role":{"$ref":"https://app.hipp.health/api/openapi.json#/$defs/AssignableRole","description":"The role to give the new user. Asking for a role your own role may not create is answered with `403`.","default":"TECHNICIAN"},"phoneNumber":{"type":"string","description":"The user's phone number."},"npiNumber":{"type":"string","description":"The user's National Provider Identifier (NPI) number."},"shouldSendSMS":{"type":"boolean","default":false,"description":"Whether the user is sent SMS notifications."},"recertificationDate":{"type":"string","format":"date-time","description":"The user's recertification date, an ISO 8601 date-time."},"providerPayors":{"type":"array","description":"Payors to assign to the user; those that do not exist are passed over.","items":{"type":"string","description":"A payor identifier."}}}};
const schema34 = {"type":"string","description":"A role that a create request may ask for. Your own role further limits\nwhich of these you may create.\n","enum":["ADMIN","BILLING_MANAGER","SCHEDULING_MANAGER","CLINICIAN","TECHNICIAN","PATIENT","CAREGIVER","CLINICAL_ADMIN","PAYROLL_ADMIN"]};
const formats0 = /^[a-z0-9!#$%&'*+/=?^_`{|}~-]+(?:\.[a-z0-9!#$%&'*+/=?^_`{|}~-]+)*@(?:[a-z0-9](?:[a-z0-9-]*[a-z0-9])?\.)+[a-z0-9](?:[a-z0-9-]*[a-z0-9])?$/i;
const formats2 = specFormats["date-time"];

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
if(data.role === undefined){
data.role = "TECHNICIAN";
}
if(data.shouldSendSMS === undefined){
data.shouldSendSMS = false;
}
if(data.firstName === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "firstName"},message:"must have required property '"+"firstName"+"'"};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data.lastName === undefined){
const err1 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "lastName"},message:"must have required property '"+"lastName"+"'"};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
if(data.firstName !== undefined){
let data0 = data.firstName;
if(typeof data0 === "string"){
if(data0.length < 1){
const err2 = {instancePath:instancePath+"/firstName",schemaPath:"#/properties/firstName/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
}
else {
const err3 = {instancePath:instancePath+"/firstName",schemaPath:"#/properties/firstName/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
if(data.lastName !== undefined){
let data1 = data.lastName;
if(typeof data1 === "string"){
if(data1.length < 1){
const err4 = {instancePath:instancePath+"/lastName",schemaPath:"#/properties/lastName/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
else {
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
let data2 = data.email;
if(typeof data2 === "string"){
if(!(formats0.test(data2))){
const err6 = {instancePath:instancePath+"/email",schemaPath:"#/properties/email/format",keyword:"format",params:{format: "email"},message:"must match format \""+"email"+"\""};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
}
else {
const err7 = {instancePath:instancePath+"/email",schemaPath:"#/properties/email/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
}
let data3 = data.role;
if(typeof data3 !== "string"){
const err8 = {instancePath:instancePath+"/role",schemaPath:"https://app.hipp.health/api/openapi.json#/$defs/AssignableRole/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
if(!(((((((((data3 === "ADMIN") || (data3 === "BILLING_MANAGER")) || (data3 === "SCHEDULING_MANAGER")) || (data3 === "CLINICIAN")) || (data3 === "TECHNICIAN")) || (data3 === "PATIENT")) || (data3 === "CAREGIVER")) || (data3 === "CLINICAL_ADMIN")) || (data3 === "PAYROLL_ADMIN"))){
const err9 = {instancePath:instancePath+"/role",schemaPath:"https://app.hipp.health/api/openapi.json#/$defs/AssignableRole/enum",keyword:"enum",params:{allowedValues: schema34.enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
if(data.phoneNumber !== undefined){
if(typeof data.phoneNumber !== "string"){
const err10 = {instancePath:instancePath+"/phoneNumber",schemaPath:"#/properties/phoneNumber/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
}
if(data.npiNumber !== undefined){
if(typeof data.npiNumber !== "string"){
const err11 = {instancePath:instancePath+"/npiNumber",schemaPath:"#/properties/npiNumber/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
}
if(typeof data.shouldSendSMS !== "boolean"){
const err12 = {instancePath:instancePath+"/shouldSendSMS",schemaPath:"#/properties/shouldSendSMS/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
if(data.recertificationDate !== undefined){
let data7 = data.recertificationDate;
if(typeof data7 === "string"){
if(!(formats2(data7))){
const err13 = {instancePath:instancePath+"/recertificationDate",schemaPath:"#/properties/recertificationDate/format",keyword:"format",params:{format: "date-time"},message:"must match format \""+"date-time"+"\""};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
}
else {
const err14 = {instancePath:instancePath+"/recertificationDate",schemaPath:"#/properties/recertificationDate/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
}
if(data.providerPayors !== undefined){
let data8 = data.providerPayors;
if(Array.isArray(data8)){
const len0 = data8.length;
for(let i0=0; i0<len0; i0++){
if(typeof data8[i0] !== "string"){
const err15 = {instancePath:instancePath+"/providerPayors/" + i0,schemaPath:"#/properties/providerPayors/items/type",keyword:"type",params:{type: "string"},message:"must be string"};
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
const err16 = {instancePath:instancePath+"/providerPayors",schemaPath:"#/properties/providerPayors/type",keyword:"type",params:{type: "array"},message:"must be array"};
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
validate22.errors = vErrors;
return errors === 0;
}
validate22.evaluated = {"props":{"firstName":true,"lastName":true,"email":true,"role":true,"phoneNumber":true,"npiNumber":true,"shouldSendSMS":true,"recertificationDate":true,"providerPayors":true},"dynamicProps":false,"dynamicItems":false};


function validate20(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
/*# sourceURL="createUser:body" */;
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
validate20.evaluated = {"props":{"firstName":true,"lastName":true,"email":true,"role":true,"phoneNumber":true,"npiNumber":true,"shouldSendSMS":true,"recertificationDate":true,"providerPayors":true},"dynamicProps":false,"dynamicItems":false};

export const getUserById_path = validate24;
const schema35 = {"$id":"getUserById:path","type":"object","required":["publicId"],"properties":{"publicId":{"type":"string","minLength":1,"description":"A user public identifier."}}};

function validate24(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
/*# sourceURL="getUserById:path" */;
let vErrors = null;
let errors = 0;
const evaluated0 = validate24.evaluated;
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
if(data.publicId !== undefined){
let data0 = data.publicId;
if(typeof data0 === "string"){
if(data0.length < 1){
const err1 = {instancePath:instancePath+"/publicId",schemaPath:"#/properties/publicId/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
}
else {
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
validate24.errors = vErrors;
return errors === 0;
}
validate24.evaluated = {"props":{"publicId":true},"dynamicProps":false,"dynamicItems":false};


/** Request validators by `operationId:body` and `operationId:path`. Each fills in the defaults the spec documents. */
export const requestValidators = {
  "createUser:body": createUser_body,
  "getUserById:path": getUserById_path,
};
