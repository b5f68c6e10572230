var e=Object.create,t=Object.defineProperty,n=Object.getOwnPropertyDescriptor,r=Object.getOwnPropertyNames,i=Object.getPrototypeOf,a=Object.prototype.hasOwnProperty,o=(e,t)=>()=>(t||(e((t={exports:{}}).exports,t,t.exports),e=null),t.exports),s=(e,i,o,s)=>{if(i&&typeof i==`object`||typeof i==`function`)for(var c=r(i),l=0,u=c.length,d;l<u;l++)d=c[l],!a.call(e,d)&&d!==o&&t(e,d,{get:(e=>i[e]).bind(null,d),enumerable:!(s=n(i,d))||s.enumerable});return e},c=(n,r,o)=>(o=n==null?{}:e(i(n)),s(r||!n||!n.__esModule||!a.call(n,`default`)?t(o,`default`,{value:n,enumerable:!0}):o,n));(function(){let e=document.createElement(`link`).relList;if(e&&e.supports&&e.supports(`modulepreload`))return;for(let e of document.querySelectorAll(`link[rel="modulepreload"]`))n(e);new MutationObserver(e=>{for(let t of e)if(t.type===`childList`)for(let e of t.addedNodes)e.tagName===`LINK`&&e.rel===`modulepreload`&&n(e)}).observe(document,{childList:!0,subtree:!0});function t(e){let t={};return e.integrity&&(t.integrity=e.integrity),e.referrerPolicy&&(t.referrerPolicy=e.referrerPolicy),t.credentials=e.crossOrigin===`use-credentials`?`include`:e.crossOrigin===`anonymous`?`omit`:`same-origin`,t}function n(e){if(e.ep)return;e.ep=!0;let n=t(e);fetch(e.href,n)}})();var l=o((e=>{var t=Symbol.for(`react.element`),n=Symbol.for(`react.portal`),r=Symbol.for(`react.fragment`),i=Symbol.for(`react.strict_mode`),a=Symbol.for(`react.profiler`),o=Symbol.for(`react.provider`),s=Symbol.for(`react.context`),c=Symbol.for(`react.forward_ref`),l=Symbol.for(`react.suspense`),u=Symbol.for(`react.memo`),d=Symbol.for(`react.lazy`),f=Symbol.iterator;function p(e){return typeof e!=`object`||!e?null:(e=f&&e[f]||e[`@@iterator`],typeof e==`function`?e:null)}var m={isMounted:function(){return!1},enqueueForceUpdate:function(){},enqueueReplaceState:function(){},enqueueSetState:function(){}},h=Object.assign,g={};function _(e,t,n){this.props=e,this.context=t,this.refs=g,this.updater=n||m}_.prototype.isReactComponent={},_.prototype.setState=function(e,t){if(typeof e!=`object`&&typeof e!=`function`&&e!=null)throw Error(`setState(...): takes an object of state variables to update or a function which returns an object of state variables.`);this.updater.enqueueSetState(this,e,t,`setState`)},_.prototype.forceUpdate=function(e){this.updater.enqueueForceUpdate(this,e,`forceUpdate`)};function v(){}v.prototype=_.prototype;function y(e,t,n){this.props=e,this.context=t,this.refs=g,this.updater=n||m}var b=y.prototype=new v;b.constructor=y,h(b,_.prototype),b.isPureReactComponent=!0;var ee=Array.isArray,te=Object.prototype.hasOwnProperty,ne={current:null},re={key:!0,ref:!0,__self:!0,__source:!0};function ie(e,n,r){var i,a={},o=null,s=null;if(n!=null)for(i in n.ref!==void 0&&(s=n.ref),n.key!==void 0&&(o=``+n.key),n)te.call(n,i)&&!re.hasOwnProperty(i)&&(a[i]=n[i]);var c=arguments.length-2;if(c===1)a.children=r;else if(1<c){for(var l=Array(c),u=0;u<c;u++)l[u]=arguments[u+2];a.children=l}if(e&&e.defaultProps)for(i in c=e.defaultProps,c)a[i]===void 0&&(a[i]=c[i]);return{$$typeof:t,type:e,key:o,ref:s,props:a,_owner:ne.current}}function ae(e,n){return{$$typeof:t,type:e.type,key:n,ref:e.ref,props:e.props,_owner:e._owner}}function oe(e){return typeof e==`object`&&!!e&&e.$$typeof===t}function se(e){var t={"=":`=0`,":":`=2`};return`$`+e.replace(/[=:]/g,function(e){return t[e]})}var ce=/\/+/g;function le(e,t){return typeof e==`object`&&e&&e.key!=null?se(``+e.key):t.toString(36)}function ue(e,r,i,a,o){var s=typeof e;(s===`undefined`||s===`boolean`)&&(e=null);var c=!1;if(e===null)c=!0;else switch(s){case`string`:case`number`:c=!0;break;case`object`:switch(e.$$typeof){case t:case n:c=!0}}if(c)return c=e,o=o(c),e=a===``?`.`+le(c,0):a,ee(o)?(i=``,e!=null&&(i=e.replace(ce,`$&/`)+`/`),ue(o,r,i,``,function(e){return e})):o!=null&&(oe(o)&&(o=ae(o,i+(!o.key||c&&c.key===o.key?``:(``+o.key).replace(ce,`$&/`)+`/`)+e)),r.push(o)),1;if(c=0,a=a===``?`.`:a+`:`,ee(e))for(var l=0;l<e.length;l++){s=e[l];var u=a+le(s,l);c+=ue(s,r,i,u,o)}else if(u=p(e),typeof u==`function`)for(e=u.call(e),l=0;!(s=e.next()).done;)s=s.value,u=a+le(s,l++),c+=ue(s,r,i,u,o);else if(s===`object`)throw r=String(e),Error(`Objects are not valid as a React child (found: `+(r===`[object Object]`?`object with keys {`+Object.keys(e).join(`, `)+`}`:r)+`). If you meant to render a collection of children, use an array instead.`);return c}function de(e,t,n){if(e==null)return e;var r=[],i=0;return ue(e,r,``,``,function(e){return t.call(n,e,i++)}),r}function fe(e){if(e._status===-1){var t=e._result;t=t(),t.then(function(t){(e._status===0||e._status===-1)&&(e._status=1,e._result=t)},function(t){(e._status===0||e._status===-1)&&(e._status=2,e._result=t)}),e._status===-1&&(e._status=0,e._result=t)}if(e._status===1)return e._result.default;throw e._result}var x={current:null},pe={transition:null},me={ReactCurrentDispatcher:x,ReactCurrentBatchConfig:pe,ReactCurrentOwner:ne};function he(){throw Error(`act(...) is not supported in production builds of React.`)}e.Children={map:de,forEach:function(e,t,n){de(e,function(){t.apply(this,arguments)},n)},count:function(e){var t=0;return de(e,function(){t++}),t},toArray:function(e){return de(e,function(e){return e})||[]},only:function(e){if(!oe(e))throw Error(`React.Children.only expected to receive a single React element child.`);return e}},e.Component=_,e.Fragment=r,e.Profiler=a,e.PureComponent=y,e.StrictMode=i,e.Suspense=l,e.__SECRET_INTERNALS_DO_NOT_USE_OR_YOU_WILL_BE_FIRED=me,e.act=he,e.cloneElement=function(e,n,r){if(e==null)throw Error(`React.cloneElement(...): The argument must be a React element, but you passed `+e+`.`);var i=h({},e.props),a=e.key,o=e.ref,s=e._owner;if(n!=null){if(n.ref!==void 0&&(o=n.ref,s=ne.current),n.key!==void 0&&(a=``+n.key),e.type&&e.type.defaultProps)var c=e.type.defaultProps;for(l in n)te.call(n,l)&&!re.hasOwnProperty(l)&&(i[l]=n[l]===void 0&&c!==void 0?c[l]:n[l])}var l=arguments.length-2;if(l===1)i.children=r;else if(1<l){c=Array(l);for(var u=0;u<l;u++)c[u]=arguments[u+2];i.children=c}return{$$typeof:t,type:e.type,key:a,ref:o,props:i,_owner:s}},e.createContext=function(e){return e={$$typeof:s,_currentValue:e,_currentValue2:e,_threadCount:0,Provider:null,Consumer:null,_defaultValue:null,_globalName:null},e.Provider={$$typeof:o,_context:e},e.Consumer=e},e.createElement=ie,e.createFactory=function(e){var t=ie.bind(null,e);return t.type=e,t},e.createRef=function(){return{current:null}},e.forwardRef=function(e){return{$$typeof:c,render:e}},e.isValidElement=oe,e.lazy=function(e){return{$$typeof:d,_payload:{_status:-1,_result:e},_init:fe}},e.memo=function(e,t){return{$$typeof:u,type:e,compare:t===void 0?null:t}},e.startTransition=function(e){var t=pe.transition;pe.transition={};try{e()}finally{pe.transition=t}},e.unstable_act=he,e.useCallback=function(e,t){return x.current.useCallback(e,t)},e.useContext=function(e){return x.current.useContext(e)},e.useDebugValue=function(){},e.useDeferredValue=function(e){return x.current.useDeferredValue(e)},e.useEffect=function(e,t){return x.current.useEffect(e,t)},e.useId=function(){return x.current.useId()},e.useImperativeHandle=function(e,t,n){return x.current.useImperativeHandle(e,t,n)},e.useInsertionEffect=function(e,t){return x.current.useInsertionEffect(e,t)},e.useLayoutEffect=function(e,t){return x.current.useLayoutEffect(e,t)},e.useMemo=function(e,t){return x.current.useMemo(e,t)},e.useReducer=function(e,t,n){return x.current.useReducer(e,t,n)},e.useRef=function(e){return x.current.useRef(e)},e.useState=function(e){return x.current.useState(e)},e.useSyncExternalStore=function(e,t,n){return x.current.useSyncExternalStore(e,t,n)},e.useTransition=function(){return x.current.useTransition()},e.version=`18.3.1`})),u=o(((e,t)=>{t.exports=l()})),d=o((e=>{function t(e,t){var n=e.length;e.push(t);a:for(;0<n;){var r=n-1>>>1,a=e[r];if(0<i(a,t))e[r]=t,e[n]=a,n=r;else break a}}function n(e){return e.length===0?null:e[0]}function r(e){if(e.length===0)return null;var t=e[0],n=e.pop();if(n!==t){e[0]=n;a:for(var r=0,a=e.length,o=a>>>1;r<o;){var s=2*(r+1)-1,c=e[s],l=s+1,u=e[l];if(0>i(c,n))l<a&&0>i(u,c)?(e[r]=u,e[l]=n,r=l):(e[r]=c,e[s]=n,r=s);else if(l<a&&0>i(u,n))e[r]=u,e[l]=n,r=l;else break a}}return t}function i(e,t){var n=e.sortIndex-t.sortIndex;return n===0?e.id-t.id:n}if(typeof performance==`object`&&typeof performance.now==`function`){var a=performance;e.unstable_now=function(){return a.now()}}else{var o=Date,s=o.now();e.unstable_now=function(){return o.now()-s}}var c=[],l=[],u=1,d=null,f=3,p=!1,m=!1,h=!1,g=typeof setTimeout==`function`?setTimeout:null,_=typeof clearTimeout==`function`?clearTimeout:null,v=typeof setImmediate<`u`?setImmediate:null;typeof navigator<`u`&&navigator.scheduling!==void 0&&navigator.scheduling.isInputPending!==void 0&&navigator.scheduling.isInputPending.bind(navigator.scheduling);function y(e){for(var i=n(l);i!==null;){if(i.callback===null)r(l);else if(i.startTime<=e)r(l),i.sortIndex=i.expirationTime,t(c,i);else break;i=n(l)}}function b(e){if(h=!1,y(e),!m){if(n(c)!==null)m=!0,de(ee);else{var t=n(l);t!==null&&fe(b,t.startTime-e)}}}function ee(t,i){m=!1,h&&(h=!1,_(re),re=-1),p=!0;var a=f;try{for(y(i),d=n(c);d!==null&&(!(d.expirationTime>i)||t&&!oe());){var o=d.callback;if(typeof o==`function`){d.callback=null,f=d.priorityLevel;var s=o(d.expirationTime<=i);i=e.unstable_now(),typeof s==`function`?d.callback=s:d===n(c)&&r(c),y(i)}else r(c);d=n(c)}if(d!==null)var u=!0;else{var g=n(l);g!==null&&fe(b,g.startTime-i),u=!1}return u}finally{d=null,f=a,p=!1}}var te=!1,ne=null,re=-1,ie=5,ae=-1;function oe(){return!(e.unstable_now()-ae<ie)}function se(){if(ne!==null){var t=e.unstable_now();ae=t;var n=!0;try{n=ne(!0,t)}finally{n?ce():(te=!1,ne=null)}}else te=!1}var ce;if(typeof v==`function`)ce=function(){v(se)};else if(typeof MessageChannel<`u`){var le=new MessageChannel,ue=le.port2;le.port1.onmessage=se,ce=function(){ue.postMessage(null)}}else ce=function(){g(se,0)};function de(e){ne=e,te||(te=!0,ce())}function fe(t,n){re=g(function(){t(e.unstable_now())},n)}e.unstable_IdlePriority=5,e.unstable_ImmediatePriority=1,e.unstable_LowPriority=4,e.unstable_NormalPriority=3,e.unstable_Profiling=null,e.unstable_UserBlockingPriority=2,e.unstable_cancelCallback=function(e){e.callback=null},e.unstable_continueExecution=function(){m||p||(m=!0,de(ee))},e.unstable_forceFrameRate=function(e){0>e||125<e?console.error(`forceFrameRate takes a positive int between 0 and 125, forcing frame rates higher than 125 fps is not supported`):ie=0<e?Math.floor(1e3/e):5},e.unstable_getCurrentPriorityLevel=function(){return f},e.unstable_getFirstCallbackNode=function(){return n(c)},e.unstable_next=function(e){switch(f){case 1:case 2:case 3:var t=3;break;default:t=f}var n=f;f=t;try{return e()}finally{f=n}},e.unstable_pauseExecution=function(){},e.unstable_requestPaint=function(){},e.unstable_runWithPriority=function(e,t){switch(e){case 1:case 2:case 3:case 4:case 5:break;default:e=3}var n=f;f=e;try{return t()}finally{f=n}},e.unstable_scheduleCallback=function(r,i,a){var o=e.unstable_now();switch(typeof a==`object`&&a?(a=a.delay,a=typeof a==`number`&&0<a?o+a:o):a=o,r){case 1:var s=-1;break;case 2:s=250;break;case 5:s=1073741823;break;case 4:s=1e4;break;default:s=5e3}return s=a+s,r={id:u++,callback:i,priorityLevel:r,startTime:a,expirationTime:s,sortIndex:-1},a>o?(r.sortIndex=a,t(l,r),n(c)===null&&r===n(l)&&(h?(_(re),re=-1):h=!0,fe(b,a-o))):(r.sortIndex=s,t(c,r),m||p||(m=!0,de(ee))),r},e.unstable_shouldYield=oe,e.unstable_wrapCallback=function(e){var t=f;return function(){var n=f;f=t;try{return e.apply(this,arguments)}finally{f=n}}}})),f=o(((e,t)=>{t.exports=d()})),p=o((e=>{var t=u(),n=f();function r(e){for(var t=`https://reactjs.org/docs/error-decoder.html?invariant=`+e,n=1;n<arguments.length;n++)t+=`&args[]=`+encodeURIComponent(arguments[n]);return`Minified React error #`+e+`; visit `+t+` for the full message or use the non-minified dev environment for full errors and additional helpful warnings.`}var i=new Set,a={};function o(e,t){s(e,t),s(e+`Capture`,t)}function s(e,t){for(a[e]=t,e=0;e<t.length;e++)i.add(t[e])}var c=typeof window<`u`&&window.document!==void 0&&window.document.createElement!==void 0,l=Object.prototype.hasOwnProperty,d=/^[:A-Z_a-z\u00C0-\u00D6\u00D8-\u00F6\u00F8-\u02FF\u0370-\u037D\u037F-\u1FFF\u200C-\u200D\u2070-\u218F\u2C00-\u2FEF\u3001-\uD7FF\uF900-\uFDCF\uFDF0-\uFFFD][:A-Z_a-z\u00C0-\u00D6\u00D8-\u00F6\u00F8-\u02FF\u0370-\u037D\u037F-\u1FFF\u200C-\u200D\u2070-\u218F\u2C00-\u2FEF\u3001-\uD7FF\uF900-\uFDCF\uFDF0-\uFFFD\-.0-9\u00B7\u0300-\u036F\u203F-\u2040]*$/,p={},m={};function h(e){return l.call(m,e)?!0:l.call(p,e)?!1:d.test(e)?m[e]=!0:(p[e]=!0,!1)}function g(e,t,n,r){if(n!==null&&n.type===0)return!1;switch(typeof t){case`function`:case`symbol`:return!0;case`boolean`:return r?!1:n===null?(e=e.toLowerCase().slice(0,5),e!==`data-`&&e!==`aria-`):!n.acceptsBooleans;default:return!1}}function _(e,t,n,r){if(t==null||g(e,t,n,r))return!0;if(r)return!1;if(n!==null)switch(n.type){case 3:return!t;case 4:return!1===t;case 5:return isNaN(t);case 6:return isNaN(t)||1>t}return!1}function v(e,t,n,r,i,a,o){this.acceptsBooleans=t===2||t===3||t===4,this.attributeName=r,this.attributeNamespace=i,this.mustUseProperty=n,this.propertyName=e,this.type=t,this.sanitizeURL=a,this.removeEmptyString=o}var y={};`children dangerouslySetInnerHTML defaultValue defaultChecked innerHTML suppressContentEditableWarning suppressHydrationWarning style`.split(` `).forEach(function(e){y[e]=new v(e,0,!1,e,null,!1,!1)}),[[`acceptCharset`,`accept-charset`],[`className`,`class`],[`htmlFor`,`for`],[`httpEquiv`,`http-equiv`]].forEach(function(e){var t=e[0];y[t]=new v(t,1,!1,e[1],null,!1,!1)}),[`contentEditable`,`draggable`,`spellCheck`,`value`].forEach(function(e){y[e]=new v(e,2,!1,e.toLowerCase(),null,!1,!1)}),[`autoReverse`,`externalResourcesRequired`,`focusable`,`preserveAlpha`].forEach(function(e){y[e]=new v(e,2,!1,e,null,!1,!1)}),`allowFullScreen async autoFocus autoPlay controls default defer disabled disablePictureInPicture disableRemotePlayback formNoValidate hidden loop noModule noValidate open playsInline readOnly required reversed scoped seamless itemScope`.split(` `).forEach(function(e){y[e]=new v(e,3,!1,e.toLowerCase(),null,!1,!1)}),[`checked`,`multiple`,`muted`,`selected`].forEach(function(e){y[e]=new v(e,3,!0,e,null,!1,!1)}),[`capture`,`download`].forEach(function(e){y[e]=new v(e,4,!1,e,null,!1,!1)}),[`cols`,`rows`,`size`,`span`].forEach(function(e){y[e]=new v(e,6,!1,e,null,!1,!1)}),[`rowSpan`,`start`].forEach(function(e){y[e]=new v(e,5,!1,e.toLowerCase(),null,!1,!1)});var b=/[\-:]([a-z])/g;function ee(e){return e[1].toUpperCase()}`accent-height alignment-baseline arabic-form baseline-shift cap-height clip-path clip-rule color-interpolation color-interpolation-filters color-profile color-rendering dominant-baseline enable-background fill-opacity fill-rule flood-color flood-opacity font-family font-size font-size-adjust font-stretch font-style font-variant font-weight glyph-name glyph-orientation-horizontal glyph-orientation-vertical horiz-adv-x horiz-origin-x image-rendering letter-spacing lighting-color marker-end marker-mid marker-start overline-position overline-thickness paint-order panose-1 pointer-events rendering-intent shape-rendering stop-color stop-opacity strikethrough-position strikethrough-thickness stroke-dasharray stroke-dashoffset stroke-linecap stroke-linejoin stroke-miterlimit stroke-opacity stroke-width text-anchor text-decoration text-rendering underline-position underline-thickness unicode-bidi unicode-range units-per-em v-alphabetic v-hanging v-ideographic v-mathematical vector-effect vert-adv-y vert-origin-x vert-origin-y word-spacing writing-mode xmlns:xlink x-height`.split(` `).forEach(function(e){var t=e.replace(b,ee);y[t]=new v(t,1,!1,e,null,!1,!1)}),`xlink:actuate xlink:arcrole xlink:role xlink:show xlink:title xlink:type`.split(` `).forEach(function(e){var t=e.replace(b,ee);y[t]=new v(t,1,!1,e,`http://www.w3.org/1999/xlink`,!1,!1)}),[`xml:base`,`xml:lang`,`xml:space`].forEach(function(e){var t=e.replace(b,ee);y[t]=new v(t,1,!1,e,`http://www.w3.org/XML/1998/namespace`,!1,!1)}),[`tabIndex`,`crossOrigin`].forEach(function(e){y[e]=new v(e,1,!1,e.toLowerCase(),null,!1,!1)}),y.xlinkHref=new v(`xlinkHref`,1,!1,`xlink:href`,`http://www.w3.org/1999/xlink`,!0,!1),[`src`,`href`,`action`,`formAction`].forEach(function(e){y[e]=new v(e,1,!1,e.toLowerCase(),null,!0,!0)});function te(e,t,n,r){var i=y.hasOwnProperty(t)?y[t]:null;(i===null?r||!(2<t.length)||t[0]!==`o`&&t[0]!==`O`||t[1]!==`n`&&t[1]!==`N`:i.type!==0)&&(_(t,n,i,r)&&(n=null),r||i===null?h(t)&&(n===null?e.removeAttribute(t):e.setAttribute(t,``+n)):i.mustUseProperty?e[i.propertyName]=n===null?i.type!==3&&``:n:(t=i.attributeName,r=i.attributeNamespace,n===null?e.removeAttribute(t):(i=i.type,n=i===3||i===4&&!0===n?``:``+n,r?e.setAttributeNS(r,t,n):e.setAttribute(t,n))))}var ne=t.__SECRET_INTERNALS_DO_NOT_USE_OR_YOU_WILL_BE_FIRED,re=Symbol.for(`react.element`),ie=Symbol.for(`react.portal`),ae=Symbol.for(`react.fragment`),oe=Symbol.for(`react.strict_mode`),se=Symbol.for(`react.profiler`),ce=Symbol.for(`react.provider`),le=Symbol.for(`react.context`),ue=Symbol.for(`react.forward_ref`),de=Symbol.for(`react.suspense`),fe=Symbol.for(`react.suspense_list`),x=Symbol.for(`react.memo`),pe=Symbol.for(`react.lazy`),me=Symbol.for(`react.offscreen`),he=Symbol.iterator;function ge(e){return typeof e!=`object`||!e?null:(e=he&&e[he]||e[`@@iterator`],typeof e==`function`?e:null)}var S=Object.assign,_e;function ve(e){if(_e===void 0)try{throw Error()}catch(e){var t=e.stack.trim().match(/\n( *(at )?)/);_e=t&&t[1]||``}return`
`+_e+e}var ye=!1;function be(e,t){if(!e||ye)return``;ye=!0;var n=Error.prepareStackTrace;Error.prepareStackTrace=void 0;try{if(t){if(t=function(){throw Error()},Object.defineProperty(t.prototype,"props",{set:function(){throw Error()}}),typeof Reflect==`object`&&Reflect.construct){try{Reflect.construct(t,[])}catch(e){var r=e}Reflect.construct(e,[],t)}else{try{t.call()}catch(e){r=e}e.call(t.prototype)}}else{try{throw Error()}catch(e){r=e}e()}}catch(t){if(t&&r&&typeof t.stack==`string`){for(var i=t.stack.split(`
`),a=r.stack.split(`
`),o=i.length-1,s=a.length-1;1<=o&&0<=s&&i[o]!==a[s];)s--;for(;1<=o&&0<=s;o--,s--)if(i[o]!==a[s]){if(o!==1||s!==1)do if(o--,s--,0>s||i[o]!==a[s]){var c=`
`+i[o].replace(` at new `,` at `);return e.displayName&&c.includes(`<anonymous>`)&&(c=c.replace(`<anonymous>`,e.displayName)),c}while(1<=o&&0<=s);break}}}finally{ye=!1,Error.prepareStackTrace=n}return(e=e?e.displayName||e.name:``)?ve(e):``}function xe(e){switch(e.tag){case 5:return ve(e.type);case 16:return ve(`Lazy`);case 13:return ve(`Suspense`);case 19:return ve(`SuspenseList`);case 0:case 2:case 15:return e=be(e.type,!1),e;case 11:return e=be(e.type.render,!1),e;case 1:return e=be(e.type,!0),e;default:return``}}function Se(e){if(e==null)return null;if(typeof e==`function`)return e.displayName||e.name||null;if(typeof e==`string`)return e;switch(e){case ae:return`Fragment`;case ie:return`Portal`;case se:return`Profiler`;case oe:return`StrictMode`;case de:return`Suspense`;case fe:return`SuspenseList`}if(typeof e==`object`)switch(e.$$typeof){case le:return(e.displayName||`Context`)+`.Consumer`;case ce:return(e._context.displayName||`Context`)+`.Provider`;case ue:var t=e.render;return e=e.displayName,e||=(e=t.displayName||t.name||``,e===``?`ForwardRef`:`ForwardRef(`+e+`)`),e;case x:return t=e.displayName||null,t===null?Se(e.type)||`Memo`:t;case pe:t=e._payload,e=e._init;try{return Se(e(t))}catch{}}return null}function Ce(e){var t=e.type;switch(e.tag){case 24:return`Cache`;case 9:return(t.displayName||`Context`)+`.Consumer`;case 10:return(t._context.displayName||`Context`)+`.Provider`;case 18:return`DehydratedFragment`;case 11:return e=t.render,e=e.displayName||e.name||``,t.displayName||(e===``?`ForwardRef`:`ForwardRef(`+e+`)`);case 7:return`Fragment`;case 5:return t;case 4:return`Portal`;case 3:return`Root`;case 6:return`Text`;case 16:return Se(t);case 8:return t===oe?`StrictMode`:`Mode`;case 22:return`Offscreen`;case 12:return`Profiler`;case 21:return`Scope`;case 13:return`Suspense`;case 19:return`SuspenseList`;case 25:return`TracingMarker`;case 1:case 0:case 17:case 2:case 14:case 15:if(typeof t==`function`)return t.displayName||t.name||null;if(typeof t==`string`)return t}return null}function we(e){switch(typeof e){case`boolean`:case`number`:case`string`:case`undefined`:return e;case`object`:return e;default:return``}}function Te(e){var t=e.type;return(e=e.nodeName)&&e.toLowerCase()===`input`&&(t===`checkbox`||t===`radio`)}function Ee(e){var t=Te(e)?`checked`:`value`,n=Object.getOwnPropertyDescriptor(e.constructor.prototype,t),r=``+e[t];if(!e.hasOwnProperty(t)&&n!==void 0&&typeof n.get==`function`&&typeof n.set==`function`){var i=n.get,a=n.set;return Object.defineProperty(e,t,{configurable:!0,get:function(){return i.call(this)},set:function(e){r=``+e,a.call(this,e)}}),Object.defineProperty(e,t,{enumerable:n.enumerable}),{getValue:function(){return r},setValue:function(e){r=``+e},stopTracking:function(){e._valueTracker=null,delete e[t]}}}}function De(e){e._valueTracker||=Ee(e)}function Oe(e){if(!e)return!1;var t=e._valueTracker;if(!t)return!0;var n=t.getValue(),r=``;return e&&(r=Te(e)?e.checked?`true`:`false`:e.value),e=r,e!==n&&(t.setValue(e),!0)}function ke(e){if(e||=typeof document<`u`?document:void 0,e===void 0)return null;try{return e.activeElement||e.body}catch{return e.body}}function Ae(e,t){var n=t.checked;return S({},t,{defaultChecked:void 0,defaultValue:void 0,value:void 0,checked:n??e._wrapperState.initialChecked})}function je(e,t){var n=t.defaultValue==null?``:t.defaultValue,r=t.checked==null?t.defaultChecked:t.checked;n=we(t.value==null?n:t.value),e._wrapperState={initialChecked:r,initialValue:n,controlled:t.type===`checkbox`||t.type===`radio`?t.checked!=null:t.value!=null}}function Me(e,t){t=t.checked,t!=null&&te(e,`checked`,t,!1)}function Ne(e,t){Me(e,t);var n=we(t.value),r=t.type;if(n!=null)r===`number`?(n===0&&e.value===``||e.value!=n)&&(e.value=``+n):e.value!==``+n&&(e.value=``+n);else if(r===`submit`||r===`reset`){e.removeAttribute(`value`);return}t.hasOwnProperty(`value`)?Fe(e,t.type,n):t.hasOwnProperty(`defaultValue`)&&Fe(e,t.type,we(t.defaultValue)),t.checked==null&&t.defaultChecked!=null&&(e.defaultChecked=!!t.defaultChecked)}function Pe(e,t,n){if(t.hasOwnProperty(`value`)||t.hasOwnProperty(`defaultValue`)){var r=t.type;if(!(r!==`submit`&&r!==`reset`||t.value!==void 0&&t.value!==null))return;t=``+e._wrapperState.initialValue,n||t===e.value||(e.value=t),e.defaultValue=t}n=e.name,n!==``&&(e.name=``),e.defaultChecked=!!e._wrapperState.initialChecked,n!==``&&(e.name=n)}function Fe(e,t,n){(t!==`number`||ke(e.ownerDocument)!==e)&&(n==null?e.defaultValue=``+e._wrapperState.initialValue:e.defaultValue!==``+n&&(e.defaultValue=``+n))}var Ie=Array.isArray;function Le(e,t,n,r){if(e=e.options,t){t={};for(var i=0;i<n.length;i++)t[`$`+n[i]]=!0;for(n=0;n<e.length;n++)i=t.hasOwnProperty(`$`+e[n].value),e[n].selected!==i&&(e[n].selected=i),i&&r&&(e[n].defaultSelected=!0)}else{for(n=``+we(n),t=null,i=0;i<e.length;i++){if(e[i].value===n){e[i].selected=!0,r&&(e[i].defaultSelected=!0);return}t!==null||e[i].disabled||(t=e[i])}t!==null&&(t.selected=!0)}}function Re(e,t){if(t.dangerouslySetInnerHTML!=null)throw Error(r(91));return S({},t,{value:void 0,defaultValue:void 0,children:``+e._wrapperState.initialValue})}function ze(e,t){var n=t.value;if(n==null){if(n=t.children,t=t.defaultValue,n!=null){if(t!=null)throw Error(r(92));if(Ie(n)){if(1<n.length)throw Error(r(93));n=n[0]}t=n}t??=``,n=t}e._wrapperState={initialValue:we(n)}}function Be(e,t){var n=we(t.value),r=we(t.defaultValue);n!=null&&(n=``+n,n!==e.value&&(e.value=n),t.defaultValue==null&&e.defaultValue!==n&&(e.defaultValue=n)),r!=null&&(e.defaultValue=``+r)}function Ve(e){var t=e.textContent;t===e._wrapperState.initialValue&&t!==``&&t!==null&&(e.value=t)}function He(e){switch(e){case`svg`:return`http://www.w3.org/2000/svg`;case`math`:return`http://www.w3.org/1998/Math/MathML`;default:return`http://www.w3.org/1999/xhtml`}}function Ue(e,t){return e==null||e===`http://www.w3.org/1999/xhtml`?He(t):e===`http://www.w3.org/2000/svg`&&t===`foreignObject`?`http://www.w3.org/1999/xhtml`:e}var We,Ge=function(e){return typeof MSApp<`u`&&MSApp.execUnsafeLocalFunction?function(t,n,r,i){MSApp.execUnsafeLocalFunction(function(){return e(t,n,r,i)})}:e}(function(e,t){if(e.namespaceURI!==`http://www.w3.org/2000/svg`||`innerHTML`in e)e.innerHTML=t;else{for(We||=document.createElement(`div`),We.innerHTML=`<svg>`+t.valueOf().toString()+`</svg>`,t=We.firstChild;e.firstChild;)e.removeChild(e.firstChild);for(;t.firstChild;)e.appendChild(t.firstChild)}});function Ke(e,t){if(t){var n=e.firstChild;if(n&&n===e.lastChild&&n.nodeType===3){n.nodeValue=t;return}}e.textContent=t}var qe={animationIterationCount:!0,aspectRatio:!0,borderImageOutset:!0,borderImageSlice:!0,borderImageWidth:!0,boxFlex:!0,boxFlexGroup:!0,boxOrdinalGroup:!0,columnCount:!0,columns:!0,flex:!0,flexGrow:!0,flexPositive:!0,flexShrink:!0,flexNegative:!0,flexOrder:!0,gridArea:!0,gridRow:!0,gridRowEnd:!0,gridRowSpan:!0,gridRowStart:!0,gridColumn:!0,gridColumnEnd:!0,gridColumnSpan:!0,gridColumnStart:!0,fontWeight:!0,lineClamp:!0,lineHeight:!0,opacity:!0,order:!0,orphans:!0,tabSize:!0,widows:!0,zIndex:!0,zoom:!0,fillOpacity:!0,floodOpacity:!0,stopOpacity:!0,strokeDasharray:!0,strokeDashoffset:!0,strokeMiterlimit:!0,strokeOpacity:!0,strokeWidth:!0},Je=[`Webkit`,`ms`,`Moz`,`O`];Object.keys(qe).forEach(function(e){Je.forEach(function(t){t=t+e.charAt(0).toUpperCase()+e.substring(1),qe[t]=qe[e]})});function Ye(e,t,n){return t==null||typeof t==`boolean`||t===``?``:n||typeof t!=`number`||t===0||qe.hasOwnProperty(e)&&qe[e]?(``+t).trim():t+`px`}function Xe(e,t){for(var n in e=e.style,t)if(t.hasOwnProperty(n)){var r=n.indexOf(`--`)===0,i=Ye(n,t[n],r);n===`float`&&(n=`cssFloat`),r?e.setProperty(n,i):e[n]=i}}var Ze=S({menuitem:!0},{area:!0,base:!0,br:!0,col:!0,embed:!0,hr:!0,img:!0,input:!0,keygen:!0,link:!0,meta:!0,param:!0,source:!0,track:!0,wbr:!0});function Qe(e,t){if(t){if(Ze[e]&&(t.children!=null||t.dangerouslySetInnerHTML!=null))throw Error(r(137,e));if(t.dangerouslySetInnerHTML!=null){if(t.children!=null)throw Error(r(60));if(typeof t.dangerouslySetInnerHTML!=`object`||!(`__html`in t.dangerouslySetInnerHTML))throw Error(r(61))}if(t.style!=null&&typeof t.style!=`object`)throw Error(r(62))}}function $e(e,t){if(e.indexOf(`-`)===-1)return typeof t.is==`string`;switch(e){case`annotation-xml`:case`color-profile`:case`font-face`:case`font-face-src`:case`font-face-uri`:case`font-face-format`:case`font-face-name`:case`missing-glyph`:return!1;default:return!0}}var et=null;function tt(e){return e=e.target||e.srcElement||window,e.correspondingUseElement&&(e=e.correspondingUseElement),e.nodeType===3?e.parentNode:e}var nt=null,rt=null,it=null;function at(e){if(e=Gi(e)){if(typeof nt!=`function`)throw Error(r(280));var t=e.stateNode;t&&(t=qi(t),nt(e.stateNode,e.type,t))}}function ot(e){rt?it?it.push(e):it=[e]:rt=e}function st(){if(rt){var e=rt,t=it;if(it=rt=null,at(e),t)for(e=0;e<t.length;e++)at(t[e])}}function ct(e,t){return e(t)}function lt(){}var ut=!1;function dt(e,t,n){if(ut)return e(t,n);ut=!0;try{return ct(e,t,n)}finally{ut=!1,(rt!==null||it!==null)&&(lt(),st())}}function ft(e,t){var n=e.stateNode;if(n===null)return null;var i=qi(n);if(i===null)return null;n=i[t];a:switch(t){case`onClick`:case`onClickCapture`:case`onDoubleClick`:case`onDoubleClickCapture`:case`onMouseDown`:case`onMouseDownCapture`:case`onMouseMove`:case`onMouseMoveCapture`:case`onMouseUp`:case`onMouseUpCapture`:case`onMouseEnter`:(i=!i.disabled)||(e=e.type,i=e!==`button`&&e!==`input`&&e!==`select`&&e!==`textarea`),e=!i;break a;default:e=!1}if(e)return null;if(n&&typeof n!=`function`)throw Error(r(231,t,typeof n));return n}var pt=!1;if(c)try{var mt={};Object.defineProperty(mt,"passive",{get:function(){pt=!0}}),window.addEventListener(`test`,mt,mt),window.removeEventListener(`test`,mt,mt)}catch{pt=!1}function ht(e,t,n,r,i,a,o,s,c){var l=Array.prototype.slice.call(arguments,3);try{t.apply(n,l)}catch(e){this.onError(e)}}var gt=!1,_t=null,vt=!1,yt=null,bt={onError:function(e){gt=!0,_t=e}};function xt(e,t,n,r,i,a,o,s,c){gt=!1,_t=null,ht.apply(bt,arguments)}function St(e,t,n,i,a,o,s,c,l){if(xt.apply(this,arguments),gt){if(gt){var u=_t;gt=!1,_t=null}else throw Error(r(198));vt||(vt=!0,yt=u)}}function Ct(e){var t=e,n=e;if(e.alternate)for(;t.return;)t=t.return;else{e=t;do t=e,t.flags&4098&&(n=t.return),e=t.return;while(e)}return t.tag===3?n:null}function C(e){if(e.tag===13){var t=e.memoizedState;if(t===null&&(e=e.alternate,e!==null&&(t=e.memoizedState)),t!==null)return t.dehydrated}return null}function wt(e){if(Ct(e)!==e)throw Error(r(188))}function w(e){var t=e.alternate;if(!t){if(t=Ct(e),t===null)throw Error(r(188));return t===e?e:null}for(var n=e,i=t;;){var a=n.return;if(a===null)break;var o=a.alternate;if(o===null){if(i=a.return,i!==null){n=i;continue}break}if(a.child===o.child){for(o=a.child;o;){if(o===n)return wt(a),e;if(o===i)return wt(a),t;o=o.sibling}throw Error(r(188))}if(n.return!==i.return)n=a,i=o;else{for(var s=!1,c=a.child;c;){if(c===n){s=!0,n=a,i=o;break}if(c===i){s=!0,i=a,n=o;break}c=c.sibling}if(!s){for(c=o.child;c;){if(c===n){s=!0,n=o,i=a;break}if(c===i){s=!0,i=o,n=a;break}c=c.sibling}if(!s)throw Error(r(189))}}if(n.alternate!==i)throw Error(r(190))}if(n.tag!==3)throw Error(r(188));return n.stateNode.current===n?e:t}function Tt(e){return e=w(e),e===null?null:Et(e)}function Et(e){if(e.tag===5||e.tag===6)return e;for(e=e.child;e!==null;){var t=Et(e);if(t!==null)return t;e=e.sibling}return null}var Dt=n.unstable_scheduleCallback,Ot=n.unstable_cancelCallback,kt=n.unstable_shouldYield,At=n.unstable_requestPaint,T=n.unstable_now,jt=n.unstable_getCurrentPriorityLevel,Mt=n.unstable_ImmediatePriority,Nt=n.unstable_UserBlockingPriority,Pt=n.unstable_NormalPriority,Ft=n.unstable_LowPriority,It=n.unstable_IdlePriority,Lt=null,Rt=null;function zt(e){if(Rt&&typeof Rt.onCommitFiberRoot==`function`)try{Rt.onCommitFiberRoot(Lt,e,void 0,(e.current.flags&128)==128)}catch{}}var Bt=Math.clz32?Math.clz32:Ut,Vt=Math.log,Ht=Math.LN2;function Ut(e){return e>>>=0,e===0?32:31-(Vt(e)/Ht|0)|0}var Wt=64,E=4194304;function Gt(e){switch(e&-e){case 1:return 1;case 2:return 2;case 4:return 4;case 8:return 8;case 16:return 16;case 32:return 32;case 64:case 128:case 256:case 512:case 1024:case 2048:case 4096:case 8192:case 16384:case 32768:case 65536:case 131072:case 262144:case 524288:case 1048576:case 2097152:return e&4194240;case 4194304:case 8388608:case 16777216:case 33554432:case 67108864:return e&130023424;case 134217728:return 134217728;case 268435456:return 268435456;case 536870912:return 536870912;case 1073741824:return 1073741824;default:return e}}function Kt(e,t){var n=e.pendingLanes;if(n===0)return 0;var r=0,i=e.suspendedLanes,a=e.pingedLanes,o=n&268435455;if(o!==0){var s=o&~i;s===0?(a&=o,a!==0&&(r=Gt(a))):r=Gt(s)}else o=n&~i,o===0?a!==0&&(r=Gt(a)):r=Gt(o);if(r===0)return 0;if(t!==0&&t!==r&&(t&i)===0&&(i=r&-r,a=t&-t,i>=a||i===16&&a&4194240))return t;if(r&4&&(r|=n&16),t=e.entangledLanes,t!==0)for(e=e.entanglements,t&=r;0<t;)n=31-Bt(t),i=1<<n,r|=e[n],t&=~i;return r}function qt(e,t){switch(e){case 1:case 2:case 4:return t+250;case 8:case 16:case 32:case 64:case 128:case 256:case 512:case 1024:case 2048:case 4096:case 8192:case 16384:case 32768:case 65536:case 131072:case 262144:case 524288:case 1048576:case 2097152:return t+5e3;case 4194304:case 8388608:case 16777216:case 33554432:case 67108864:return-1;case 134217728:case 268435456:case 536870912:case 1073741824:return-1;default:return-1}}function Jt(e,t){for(var n=e.suspendedLanes,r=e.pingedLanes,i=e.expirationTimes,a=e.pendingLanes;0<a;){var o=31-Bt(a),s=1<<o,c=i[o];c===-1?((s&n)===0||(s&r)!==0)&&(i[o]=qt(s,t)):c<=t&&(e.expiredLanes|=s),a&=~s}}function Yt(e){return e=e.pendingLanes&-1073741825,e===0?e&1073741824?1073741824:0:e}function Xt(){var e=Wt;return Wt<<=1,!(Wt&4194240)&&(Wt=64),e}function Zt(e){for(var t=[],n=0;31>n;n++)t.push(e);return t}function Qt(e,t,n){e.pendingLanes|=t,t!==536870912&&(e.suspendedLanes=0,e.pingedLanes=0),e=e.eventTimes,t=31-Bt(t),e[t]=n}function $t(e,t){var n=e.pendingLanes&~t;e.pendingLanes=t,e.suspendedLanes=0,e.pingedLanes=0,e.expiredLanes&=t,e.mutableReadLanes&=t,e.entangledLanes&=t,t=e.entanglements;var r=e.eventTimes;for(e=e.expirationTimes;0<n;){var i=31-Bt(n),a=1<<i;t[i]=0,r[i]=-1,e[i]=-1,n&=~a}}function en(e,t){var n=e.entangledLanes|=t;for(e=e.entanglements;n;){var r=31-Bt(n),i=1<<r;i&t|e[r]&t&&(e[r]|=t),n&=~i}}var D=0;function tn(e){return e&=-e,1<e?4<e?e&268435455?16:536870912:4:1}var nn,rn,an,on,sn,cn=!1,ln=[],un=null,dn=null,fn=null,pn=new Map,mn=new Map,hn=[],gn=`mousedown mouseup touchcancel touchend touchstart auxclick dblclick pointercancel pointerdown pointerup dragend dragstart drop compositionend compositionstart keydown keypress keyup input textInput copy cut paste click change contextmenu reset submit`.split(` `);function _n(e,t){switch(e){case`focusin`:case`focusout`:un=null;break;case`dragenter`:case`dragleave`:dn=null;break;case`mouseover`:case`mouseout`:fn=null;break;case`pointerover`:case`pointerout`:pn.delete(t.pointerId);break;case`gotpointercapture`:case`lostpointercapture`:mn.delete(t.pointerId)}}function vn(e,t,n,r,i,a){return e===null||e.nativeEvent!==a?(e={blockedOn:t,domEventName:n,eventSystemFlags:r,nativeEvent:a,targetContainers:[i]},t!==null&&(t=Gi(t),t!==null&&rn(t)),e):(e.eventSystemFlags|=r,t=e.targetContainers,i!==null&&t.indexOf(i)===-1&&t.push(i),e)}function yn(e,t,n,r,i){switch(t){case`focusin`:return un=vn(un,e,t,n,r,i),!0;case`dragenter`:return dn=vn(dn,e,t,n,r,i),!0;case`mouseover`:return fn=vn(fn,e,t,n,r,i),!0;case`pointerover`:var a=i.pointerId;return pn.set(a,vn(pn.get(a)||null,e,t,n,r,i)),!0;case`gotpointercapture`:return a=i.pointerId,mn.set(a,vn(mn.get(a)||null,e,t,n,r,i)),!0}return!1}function bn(e){var t=Wi(e.target);if(t!==null){var n=Ct(t);if(n!==null){if(t=n.tag,t===13){if(t=C(n),t!==null){e.blockedOn=t,sn(e.priority,function(){an(n)});return}}else if(t===3&&n.stateNode.current.memoizedState.isDehydrated){e.blockedOn=n.tag===3?n.stateNode.containerInfo:null;return}}}e.blockedOn=null}function xn(e){if(e.blockedOn!==null)return!1;for(var t=e.targetContainers;0<t.length;){var n=O(e.domEventName,e.eventSystemFlags,t[0],e.nativeEvent);if(n===null){n=e.nativeEvent;var r=new n.constructor(n.type,n);et=r,n.target.dispatchEvent(r),et=null}else return t=Gi(n),t!==null&&rn(t),e.blockedOn=n,!1;t.shift()}return!0}function Sn(e,t,n){xn(e)&&n.delete(t)}function Cn(){cn=!1,un!==null&&xn(un)&&(un=null),dn!==null&&xn(dn)&&(dn=null),fn!==null&&xn(fn)&&(fn=null),pn.forEach(Sn),mn.forEach(Sn)}function wn(e,t){e.blockedOn===t&&(e.blockedOn=null,cn||(cn=!0,n.unstable_scheduleCallback(n.unstable_NormalPriority,Cn)))}function Tn(e){function t(t){return wn(t,e)}if(0<ln.length){wn(ln[0],e);for(var n=1;n<ln.length;n++){var r=ln[n];r.blockedOn===e&&(r.blockedOn=null)}}for(un!==null&&wn(un,e),dn!==null&&wn(dn,e),fn!==null&&wn(fn,e),pn.forEach(t),mn.forEach(t),n=0;n<hn.length;n++)r=hn[n],r.blockedOn===e&&(r.blockedOn=null);for(;0<hn.length&&(n=hn[0],n.blockedOn===null);)bn(n),n.blockedOn===null&&hn.shift()}var En=ne.ReactCurrentBatchConfig,Dn=!0;function On(e,t,n,r){var i=D,a=En.transition;En.transition=null;try{D=1,An(e,t,n,r)}finally{D=i,En.transition=a}}function kn(e,t,n,r){var i=D,a=En.transition;En.transition=null;try{D=4,An(e,t,n,r)}finally{D=i,En.transition=a}}function An(e,t,n,r){if(Dn){var i=O(e,t,n,r);if(i===null)gi(e,t,r,jn,n),_n(e,r);else if(yn(i,e,t,n,r))r.stopPropagation();else if(_n(e,r),t&4&&-1<gn.indexOf(e)){for(;i!==null;){var a=Gi(i);if(a!==null&&nn(a),a=O(e,t,n,r),a===null&&gi(e,t,r,jn,n),a===i)break;i=a}i!==null&&r.stopPropagation()}else gi(e,t,r,null,n)}}var jn=null;function O(e,t,n,r){if(jn=null,e=tt(r),e=Wi(e),e!==null){if(t=Ct(e),t===null)e=null;else if(n=t.tag,n===13){if(e=C(t),e!==null)return e;e=null}else if(n===3){if(t.stateNode.current.memoizedState.isDehydrated)return t.tag===3?t.stateNode.containerInfo:null;e=null}else t!==e&&(e=null)}return jn=e,null}function Mn(e){switch(e){case`cancel`:case`click`:case`close`:case`contextmenu`:case`copy`:case`cut`:case`auxclick`:case`dblclick`:case`dragend`:case`dragstart`:case`drop`:case`focusin`:case`focusout`:case`input`:case`invalid`:case`keydown`:case`keypress`:case`keyup`:case`mousedown`:case`mouseup`:case`paste`:case`pause`:case`play`:case`pointercancel`:case`pointerdown`:case`pointerup`:case`ratechange`:case`reset`:case`resize`:case`seeked`:case`submit`:case`touchcancel`:case`touchend`:case`touchstart`:case`volumechange`:case`change`:case`selectionchange`:case`textInput`:case`compositionstart`:case`compositionend`:case`compositionupdate`:case`beforeblur`:case`afterblur`:case`beforeinput`:case`blur`:case`fullscreenchange`:case`focus`:case`hashchange`:case`popstate`:case`select`:case`selectstart`:return 1;case`drag`:case`dragenter`:case`dragexit`:case`dragleave`:case`dragover`:case`mousemove`:case`mouseout`:case`mouseover`:case`pointermove`:case`pointerout`:case`pointerover`:case`scroll`:case`toggle`:case`touchmove`:case`wheel`:case`mouseenter`:case`mouseleave`:case`pointerenter`:case`pointerleave`:return 4;case`message`:switch(jt()){case Mt:return 1;case Nt:return 4;case Pt:case Ft:return 16;case It:return 536870912;default:return 16}default:return 16}}var Nn=null,Pn=null,Fn=null;function In(){if(Fn)return Fn;var e,t=Pn,n=t.length,r,i=`value`in Nn?Nn.value:Nn.textContent,a=i.length;for(e=0;e<n&&t[e]===i[e];e++);var o=n-e;for(r=1;r<=o&&t[n-r]===i[a-r];r++);return Fn=i.slice(e,1<r?1-r:void 0)}function Ln(e){var t=e.keyCode;return`charCode`in e?(e=e.charCode,e===0&&t===13&&(e=13)):e=t,e===10&&(e=13),32<=e||e===13?e:0}function Rn(){return!0}function zn(){return!1}function k(e){function t(t,n,r,i,a){for(var o in this._reactName=t,this._targetInst=r,this.type=n,this.nativeEvent=i,this.target=a,this.currentTarget=null,e)e.hasOwnProperty(o)&&(t=e[o],this[o]=t?t(i):i[o]);return this.isDefaultPrevented=(i.defaultPrevented==null?!1===i.returnValue:i.defaultPrevented)?Rn:zn,this.isPropagationStopped=zn,this}return S(t.prototype,{preventDefault:function(){this.defaultPrevented=!0;var e=this.nativeEvent;e&&(e.preventDefault?e.preventDefault():typeof e.returnValue!=`unknown`&&(e.returnValue=!1),this.isDefaultPrevented=Rn)},stopPropagation:function(){var e=this.nativeEvent;e&&(e.stopPropagation?e.stopPropagation():typeof e.cancelBubble!=`unknown`&&(e.cancelBubble=!0),this.isPropagationStopped=Rn)},persist:function(){},isPersistent:Rn}),t}var A={eventPhase:0,bubbles:0,cancelable:0,timeStamp:function(e){return e.timeStamp||Date.now()},defaultPrevented:0,isTrusted:0},Bn=k(A),Vn=S({},A,{view:0,detail:0}),Hn=k(Vn),Un,j,Wn,M=S({},Vn,{screenX:0,screenY:0,clientX:0,clientY:0,pageX:0,pageY:0,ctrlKey:0,shiftKey:0,altKey:0,metaKey:0,getModifierState:Qn,button:0,buttons:0,relatedTarget:function(e){return e.relatedTarget===void 0?e.fromElement===e.srcElement?e.toElement:e.fromElement:e.relatedTarget},movementX:function(e){return`movementX`in e?e.movementX:(e!==Wn&&(Wn&&e.type===`mousemove`?(Un=e.screenX-Wn.screenX,j=e.screenY-Wn.screenY):j=Un=0,Wn=e),Un)},movementY:function(e){return`movementY`in e?e.movementY:j}}),Gn=k(M),N=k(S({},M,{dataTransfer:0})),Kn=k(S({},Vn,{relatedTarget:0})),qn=k(S({},A,{animationName:0,elapsedTime:0,pseudoElement:0})),P=k(S({},A,{clipboardData:function(e){return`clipboardData`in e?e.clipboardData:window.clipboardData}})),Jn=k(S({},A,{data:0})),F={Esc:`Escape`,Spacebar:` `,Left:`ArrowLeft`,Up:`ArrowUp`,Right:`ArrowRight`,Down:`ArrowDown`,Del:`Delete`,Win:`OS`,Menu:`ContextMenu`,Apps:`ContextMenu`,Scroll:`ScrollLock`,MozPrintableKey:`Unidentified`},Yn={8:`Backspace`,9:`Tab`,12:`Clear`,13:`Enter`,16:`Shift`,17:`Control`,18:`Alt`,19:`Pause`,20:`CapsLock`,27:`Escape`,32:` `,33:`PageUp`,34:`PageDown`,35:`End`,36:`Home`,37:`ArrowLeft`,38:`ArrowUp`,39:`ArrowRight`,40:`ArrowDown`,45:`Insert`,46:`Delete`,112:`F1`,113:`F2`,114:`F3`,115:`F4`,116:`F5`,117:`F6`,118:`F7`,119:`F8`,120:`F9`,121:`F10`,122:`F11`,123:`F12`,144:`NumLock`,145:`ScrollLock`,224:`Meta`},Xn={Alt:`altKey`,Control:`ctrlKey`,Meta:`metaKey`,Shift:`shiftKey`};function Zn(e){var t=this.nativeEvent;return t.getModifierState?t.getModifierState(e):(e=Xn[e])?!!t[e]:!1}function Qn(){return Zn}var $n=k(S({},Vn,{key:function(e){if(e.key){var t=F[e.key]||e.key;if(t!==`Unidentified`)return t}return e.type===`keypress`?(e=Ln(e),e===13?`Enter`:String.fromCharCode(e)):e.type===`keydown`||e.type===`keyup`?Yn[e.keyCode]||`Unidentified`:``},code:0,location:0,ctrlKey:0,shiftKey:0,altKey:0,metaKey:0,repeat:0,locale:0,getModifierState:Qn,charCode:function(e){return e.type===`keypress`?Ln(e):0},keyCode:function(e){return e.type===`keydown`||e.type===`keyup`?e.keyCode:0},which:function(e){return e.type===`keypress`?Ln(e):e.type===`keydown`||e.type===`keyup`?e.keyCode:0}})),er=k(S({},M,{pointerId:0,width:0,height:0,pressure:0,tangentialPressure:0,tiltX:0,tiltY:0,twist:0,pointerType:0,isPrimary:0})),tr=k(S({},Vn,{touches:0,targetTouches:0,changedTouches:0,altKey:0,metaKey:0,ctrlKey:0,shiftKey:0,getModifierState:Qn})),nr=k(S({},A,{propertyName:0,elapsedTime:0,pseudoElement:0})),rr=k(S({},M,{deltaX:function(e){return`deltaX`in e?e.deltaX:`wheelDeltaX`in e?-e.wheelDeltaX:0},deltaY:function(e){return`deltaY`in e?e.deltaY:`wheelDeltaY`in e?-e.wheelDeltaY:`wheelDelta`in e?-e.wheelDelta:0},deltaZ:0,deltaMode:0})),ir=[9,13,27,32],ar=c&&`CompositionEvent`in window,or=null;c&&`documentMode`in document&&(or=document.documentMode);var sr=c&&`TextEvent`in window&&!or,cr=c&&(!ar||or&&8<or&&11>=or),lr=` `,ur=!1;function dr(e,t){switch(e){case`keyup`:return ir.indexOf(t.keyCode)!==-1;case`keydown`:return t.keyCode!==229;case`keypress`:case`mousedown`:case`focusout`:return!0;default:return!1}}function fr(e){return e=e.detail,typeof e==`object`&&`data`in e?e.data:null}var pr=!1;function mr(e,t){switch(e){case`compositionend`:return fr(t);case`keypress`:return t.which===32?(ur=!0,lr):null;case`textInput`:return e=t.data,e===lr&&ur?null:e;default:return null}}function hr(e,t){if(pr)return e===`compositionend`||!ar&&dr(e,t)?(e=In(),Fn=Pn=Nn=null,pr=!1,e):null;switch(e){case`paste`:return null;case`keypress`:if(!(t.ctrlKey||t.altKey||t.metaKey)||t.ctrlKey&&t.altKey){if(t.char&&1<t.char.length)return t.char;if(t.which)return String.fromCharCode(t.which)}return null;case`compositionend`:return cr&&t.locale!==`ko`?null:t.data;default:return null}}var gr={color:!0,date:!0,datetime:!0,"datetime-local":!0,email:!0,month:!0,number:!0,password:!0,range:!0,search:!0,tel:!0,text:!0,time:!0,url:!0,week:!0};function _r(e){var t=e&&e.nodeName&&e.nodeName.toLowerCase();return t===`input`?!!gr[e.type]:t===`textarea`}function vr(e,t,n,r){ot(r),t=vi(t,`onChange`),0<t.length&&(n=new Bn(`onChange`,`change`,null,n,r),e.push({event:n,listeners:t}))}var yr=null,br=null;function xr(e){fi(e,0)}function Sr(e){if(Oe(Ki(e)))return e}function Cr(e,t){if(e===`change`)return t}var wr=!1;if(c){var Tr;if(c){var Er=`oninput`in document;if(!Er){var Dr=document.createElement(`div`);Dr.setAttribute(`oninput`,`return;`),Er=typeof Dr.oninput==`function`}Tr=Er}else Tr=!1;wr=Tr&&(!document.documentMode||9<document.documentMode)}function Or(){yr&&(yr.detachEvent(`onpropertychange`,kr),br=yr=null)}function kr(e){if(e.propertyName===`value`&&Sr(br)){var t=[];vr(t,br,e,tt(e)),dt(xr,t)}}function Ar(e,t,n){e===`focusin`?(Or(),yr=t,br=n,yr.attachEvent(`onpropertychange`,kr)):e===`focusout`&&Or()}function jr(e){if(e===`selectionchange`||e===`keyup`||e===`keydown`)return Sr(br)}function Mr(e,t){if(e===`click`)return Sr(t)}function Nr(e,t){if(e===`input`||e===`change`)return Sr(t)}function Pr(e,t){return e===t&&(e!==0||1/e==1/t)||e!==e&&t!==t}var Fr=typeof Object.is==`function`?Object.is:Pr;function Ir(e,t){if(Fr(e,t))return!0;if(typeof e!=`object`||!e||typeof t!=`object`||!t)return!1;var n=Object.keys(e),r=Object.keys(t);if(n.length!==r.length)return!1;for(r=0;r<n.length;r++){var i=n[r];if(!l.call(t,i)||!Fr(e[i],t[i]))return!1}return!0}function Lr(e){for(;e&&e.firstChild;)e=e.firstChild;return e}function Rr(e,t){var n=Lr(e);e=0;for(var r;n;){if(n.nodeType===3){if(r=e+n.textContent.length,e<=t&&r>=t)return{node:n,offset:t-e};e=r}a:{for(;n;){if(n.nextSibling){n=n.nextSibling;break a}n=n.parentNode}n=void 0}n=Lr(n)}}function zr(e,t){return e&&t?e===t?!0:e&&e.nodeType===3?!1:t&&t.nodeType===3?zr(e,t.parentNode):`contains`in e?e.contains(t):e.compareDocumentPosition?!!(e.compareDocumentPosition(t)&16):!1:!1}function Br(){for(var e=window,t=ke();t instanceof e.HTMLIFrameElement;){try{var n=typeof t.contentWindow.location.href==`string`}catch{n=!1}if(n)e=t.contentWindow;else break;t=ke(e.document)}return t}function Vr(e){var t=e&&e.nodeName&&e.nodeName.toLowerCase();return t&&(t===`input`&&(e.type===`text`||e.type===`search`||e.type===`tel`||e.type===`url`||e.type===`password`)||t===`textarea`||e.contentEditable===`true`)}function Hr(e){var t=Br(),n=e.focusedElem,r=e.selectionRange;if(t!==n&&n&&n.ownerDocument&&zr(n.ownerDocument.documentElement,n)){if(r!==null&&Vr(n)){if(t=r.start,e=r.end,e===void 0&&(e=t),`selectionStart`in n)n.selectionStart=t,n.selectionEnd=Math.min(e,n.value.length);else if(e=(t=n.ownerDocument||document)&&t.defaultView||window,e.getSelection){e=e.getSelection();var i=n.textContent.length,a=Math.min(r.start,i);r=r.end===void 0?a:Math.min(r.end,i),!e.extend&&a>r&&(i=r,r=a,a=i),i=Rr(n,a);var o=Rr(n,r);i&&o&&(e.rangeCount!==1||e.anchorNode!==i.node||e.anchorOffset!==i.offset||e.focusNode!==o.node||e.focusOffset!==o.offset)&&(t=t.createRange(),t.setStart(i.node,i.offset),e.removeAllRanges(),a>r?(e.addRange(t),e.extend(o.node,o.offset)):(t.setEnd(o.node,o.offset),e.addRange(t)))}}for(t=[],e=n;e=e.parentNode;)e.nodeType===1&&t.push({element:e,left:e.scrollLeft,top:e.scrollTop});for(typeof n.focus==`function`&&n.focus(),n=0;n<t.length;n++)e=t[n],e.element.scrollLeft=e.left,e.element.scrollTop=e.top}}var Ur=c&&`documentMode`in document&&11>=document.documentMode,Wr=null,Gr=null,Kr=null,qr=!1;function Jr(e,t,n){var r=n.window===n?n.document:n.nodeType===9?n:n.ownerDocument;qr||Wr==null||Wr!==ke(r)||(r=Wr,`selectionStart`in r&&Vr(r)?r={start:r.selectionStart,end:r.selectionEnd}:(r=(r.ownerDocument&&r.ownerDocument.defaultView||window).getSelection(),r={anchorNode:r.anchorNode,anchorOffset:r.anchorOffset,focusNode:r.focusNode,focusOffset:r.focusOffset}),Kr&&Ir(Kr,r)||(Kr=r,r=vi(Gr,`onSelect`),0<r.length&&(t=new Bn(`onSelect`,`select`,null,t,n),e.push({event:t,listeners:r}),t.target=Wr)))}function Yr(e,t){var n={};return n[e.toLowerCase()]=t.toLowerCase(),n[`Webkit`+e]=`webkit`+t,n[`Moz`+e]=`moz`+t,n}var Xr={animationend:Yr(`Animation`,`AnimationEnd`),animationiteration:Yr(`Animation`,`AnimationIteration`),animationstart:Yr(`Animation`,`AnimationStart`),transitionend:Yr(`Transition`,`TransitionEnd`)},Zr={},Qr={};c&&(Qr=document.createElement(`div`).style,`AnimationEvent`in window||(delete Xr.animationend.animation,delete Xr.animationiteration.animation,delete Xr.animationstart.animation),`TransitionEvent`in window||delete Xr.transitionend.transition);function $r(e){if(Zr[e])return Zr[e];if(!Xr[e])return e;var t=Xr[e],n;for(n in t)if(t.hasOwnProperty(n)&&n in Qr)return Zr[e]=t[n];return e}var ei=$r(`animationend`),ti=$r(`animationiteration`),ni=$r(`animationstart`),ri=$r(`transitionend`),ii=new Map,ai=`abort auxClick cancel canPlay canPlayThrough click close contextMenu copy cut drag dragEnd dragEnter dragExit dragLeave dragOver dragStart drop durationChange emptied encrypted ended error gotPointerCapture input invalid keyDown keyPress keyUp load loadedData loadedMetadata loadStart lostPointerCapture mouseDown mouseMove mouseOut mouseOver mouseUp paste pause play playing pointerCancel pointerDown pointerMove pointerOut pointerOver pointerUp progress rateChange reset resize seeked seeking stalled submit suspend timeUpdate touchCancel touchEnd touchStart volumeChange scroll toggle touchMove waiting wheel`.split(` `);function oi(e,t){ii.set(e,t),o(t,[e])}for(var si=0;si<ai.length;si++){var ci=ai[si];oi(ci.toLowerCase(),`on`+(ci[0].toUpperCase()+ci.slice(1)))}oi(ei,`onAnimationEnd`),oi(ti,`onAnimationIteration`),oi(ni,`onAnimationStart`),oi(`dblclick`,`onDoubleClick`),oi(`focusin`,`onFocus`),oi(`focusout`,`onBlur`),oi(ri,`onTransitionEnd`),s(`onMouseEnter`,[`mouseout`,`mouseover`]),s(`onMouseLeave`,[`mouseout`,`mouseover`]),s(`onPointerEnter`,[`pointerout`,`pointerover`]),s(`onPointerLeave`,[`pointerout`,`pointerover`]),o(`onChange`,`change click focusin focusout input keydown keyup selectionchange`.split(` `)),o(`onSelect`,`focusout contextmenu dragend focusin keydown keyup mousedown mouseup selectionchange`.split(` `)),o(`onBeforeInput`,[`compositionend`,`keypress`,`textInput`,`paste`]),o(`onCompositionEnd`,`compositionend focusout keydown keypress keyup mousedown`.split(` `)),o(`onCompositionStart`,`compositionstart focusout keydown keypress keyup mousedown`.split(` `)),o(`onCompositionUpdate`,`compositionupdate focusout keydown keypress keyup mousedown`.split(` `));var li=`abort canplay canplaythrough durationchange emptied encrypted ended error loadeddata loadedmetadata loadstart pause play playing progress ratechange resize seeked seeking stalled suspend timeupdate volumechange waiting`.split(` `),ui=new Set(`cancel close invalid load scroll toggle`.split(` `).concat(li));function di(e,t,n){var r=e.type||`unknown-event`;e.currentTarget=n,St(r,t,void 0,e),e.currentTarget=null}function fi(e,t){t=!!(t&4);for(var n=0;n<e.length;n++){var r=e[n],i=r.event;r=r.listeners;a:{var a=void 0;if(t)for(var o=r.length-1;0<=o;o--){var s=r[o],c=s.instance,l=s.currentTarget;if(s=s.listener,c!==a&&i.isPropagationStopped())break a;di(i,s,l),a=c}else for(o=0;o<r.length;o++){if(s=r[o],c=s.instance,l=s.currentTarget,s=s.listener,c!==a&&i.isPropagationStopped())break a;di(i,s,l),a=c}}}if(vt)throw e=yt,vt=!1,yt=null,e}function I(e,t){var n=t[Vi];n===void 0&&(n=t[Vi]=new Set);var r=e+`__bubble`;n.has(r)||(hi(t,e,2,!1),n.add(r))}function pi(e,t,n){var r=0;t&&(r|=4),hi(n,e,r,t)}var L=`_reactListening`+Math.random().toString(36).slice(2);function mi(e){if(!e[L]){e[L]=!0,i.forEach(function(t){t!==`selectionchange`&&(ui.has(t)||pi(t,!1,e),pi(t,!0,e))});var t=e.nodeType===9?e:e.ownerDocument;t===null||t[L]||(t[L]=!0,pi(`selectionchange`,!1,t))}}function hi(e,t,n,r){switch(Mn(t)){case 1:var i=On;break;case 4:i=kn;break;default:i=An}n=i.bind(null,t,n,e),i=void 0,!pt||t!==`touchstart`&&t!==`touchmove`&&t!==`wheel`||(i=!0),r?i===void 0?e.addEventListener(t,n,!0):e.addEventListener(t,n,{capture:!0,passive:i}):i===void 0?e.addEventListener(t,n,!1):e.addEventListener(t,n,{passive:i})}function gi(e,t,n,r,i){var a=r;if(!(t&1)&&!(t&2)&&r!==null)a:for(;;){if(r===null)return;var o=r.tag;if(o===3||o===4){var s=r.stateNode.containerInfo;if(s===i||s.nodeType===8&&s.parentNode===i)break;if(o===4)for(o=r.return;o!==null;){var c=o.tag;if((c===3||c===4)&&(c=o.stateNode.containerInfo,c===i||c.nodeType===8&&c.parentNode===i))return;o=o.return}for(;s!==null;){if(o=Wi(s),o===null)return;if(c=o.tag,c===5||c===6){r=a=o;continue a}s=s.parentNode}}r=r.return}dt(function(){var r=a,i=tt(n),o=[];a:{var s=ii.get(e);if(s!==void 0){var c=Bn,l=e;switch(e){case`keypress`:if(Ln(n)===0)break a;case`keydown`:case`keyup`:c=$n;break;case`focusin`:l=`focus`,c=Kn;break;case`focusout`:l=`blur`,c=Kn;break;case`beforeblur`:case`afterblur`:c=Kn;break;case`click`:if(n.button===2)break a;case`auxclick`:case`dblclick`:case`mousedown`:case`mousemove`:case`mouseup`:case`mouseout`:case`mouseover`:case`contextmenu`:c=Gn;break;case`drag`:case`dragend`:case`dragenter`:case`dragexit`:case`dragleave`:case`dragover`:case`dragstart`:case`drop`:c=N;break;case`touchcancel`:case`touchend`:case`touchmove`:case`touchstart`:c=tr;break;case ei:case ti:case ni:c=qn;break;case ri:c=nr;break;case`scroll`:c=Hn;break;case`wheel`:c=rr;break;case`copy`:case`cut`:case`paste`:c=P;break;case`gotpointercapture`:case`lostpointercapture`:case`pointercancel`:case`pointerdown`:case`pointermove`:case`pointerout`:case`pointerover`:case`pointerup`:c=er}var u=!!(t&4),d=!u&&e===`scroll`,f=u?s===null?null:s+`Capture`:s;u=[];for(var p=r,m;p!==null;){m=p;var h=m.stateNode;if(m.tag===5&&h!==null&&(m=h,f!==null&&(h=ft(p,f),h!=null&&u.push(_i(p,h,m)))),d)break;p=p.return}0<u.length&&(s=new c(s,l,null,n,i),o.push({event:s,listeners:u}))}}if(!(t&7)){a:{if(s=e===`mouseover`||e===`pointerover`,c=e===`mouseout`||e===`pointerout`,s&&n!==et&&(l=n.relatedTarget||n.fromElement)&&(Wi(l)||l[Bi]))break a;if((c||s)&&(s=i.window===i?i:(s=i.ownerDocument)?s.defaultView||s.parentWindow:window,c?(l=n.relatedTarget||n.toElement,c=r,l=l?Wi(l):null,l!==null&&(d=Ct(l),l!==d||l.tag!==5&&l.tag!==6)&&(l=null)):(c=null,l=r),c!==l)){if(u=Gn,h=`onMouseLeave`,f=`onMouseEnter`,p=`mouse`,(e===`pointerout`||e===`pointerover`)&&(u=er,h=`onPointerLeave`,f=`onPointerEnter`,p=`pointer`),d=c==null?s:Ki(c),m=l==null?s:Ki(l),s=new u(h,p+`leave`,c,n,i),s.target=d,s.relatedTarget=m,h=null,Wi(i)===r&&(u=new u(f,p+`enter`,l,n,i),u.target=m,u.relatedTarget=d,h=u),d=h,c&&l)b:{for(u=c,f=l,p=0,m=u;m;m=yi(m))p++;for(m=0,h=f;h;h=yi(h))m++;for(;0<p-m;)u=yi(u),p--;for(;0<m-p;)f=yi(f),m--;for(;p--;){if(u===f||f!==null&&u===f.alternate)break b;u=yi(u),f=yi(f)}u=null}else u=null;c!==null&&bi(o,s,c,u,!1),l!==null&&d!==null&&bi(o,d,l,u,!0)}}a:{if(s=r?Ki(r):window,c=s.nodeName&&s.nodeName.toLowerCase(),c===`select`||c===`input`&&s.type===`file`)var g=Cr;else if(_r(s)){if(wr)g=Nr;else{g=jr;var _=Ar}}else(c=s.nodeName)&&c.toLowerCase()===`input`&&(s.type===`checkbox`||s.type===`radio`)&&(g=Mr);if(g&&=g(e,r)){vr(o,g,n,i);break a}_&&_(e,s,r),e===`focusout`&&(_=s._wrapperState)&&_.controlled&&s.type===`number`&&Fe(s,`number`,s.value)}switch(_=r?Ki(r):window,e){case`focusin`:(_r(_)||_.contentEditable===`true`)&&(Wr=_,Gr=r,Kr=null);break;case`focusout`:Kr=Gr=Wr=null;break;case`mousedown`:qr=!0;break;case`contextmenu`:case`mouseup`:case`dragend`:qr=!1,Jr(o,n,i);break;case`selectionchange`:if(Ur)break;case`keydown`:case`keyup`:Jr(o,n,i)}var v;if(ar)b:{switch(e){case`compositionstart`:var y=`onCompositionStart`;break b;case`compositionend`:y=`onCompositionEnd`;break b;case`compositionupdate`:y=`onCompositionUpdate`;break b}y=void 0}else pr?dr(e,n)&&(y=`onCompositionEnd`):e===`keydown`&&n.keyCode===229&&(y=`onCompositionStart`);y&&(cr&&n.locale!==`ko`&&(pr||y!==`onCompositionStart`?y===`onCompositionEnd`&&pr&&(v=In()):(Nn=i,Pn=`value`in Nn?Nn.value:Nn.textContent,pr=!0)),_=vi(r,y),0<_.length&&(y=new Jn(y,e,null,n,i),o.push({event:y,listeners:_}),v?y.data=v:(v=fr(n),v!==null&&(y.data=v)))),(v=sr?mr(e,n):hr(e,n))&&(r=vi(r,`onBeforeInput`),0<r.length&&(i=new Jn(`onBeforeInput`,`beforeinput`,null,n,i),o.push({event:i,listeners:r}),i.data=v))}fi(o,t)})}function _i(e,t,n){return{instance:e,listener:t,currentTarget:n}}function vi(e,t){for(var n=t+`Capture`,r=[];e!==null;){var i=e,a=i.stateNode;i.tag===5&&a!==null&&(i=a,a=ft(e,n),a!=null&&r.unshift(_i(e,a,i)),a=ft(e,t),a!=null&&r.push(_i(e,a,i))),e=e.return}return r}function yi(e){if(e===null)return null;do e=e.return;while(e&&e.tag!==5);return e||null}function bi(e,t,n,r,i){for(var a=t._reactName,o=[];n!==null&&n!==r;){var s=n,c=s.alternate,l=s.stateNode;if(c!==null&&c===r)break;s.tag===5&&l!==null&&(s=l,i?(c=ft(n,a),c!=null&&o.unshift(_i(n,c,s))):i||(c=ft(n,a),c!=null&&o.push(_i(n,c,s)))),n=n.return}o.length!==0&&e.push({event:t,listeners:o})}var xi=/\r\n?/g,Si=/\u0000|\uFFFD/g;function Ci(e){return(typeof e==`string`?e:``+e).replace(xi,`
`).replace(Si,``)}function wi(e,t,n){if(t=Ci(t),Ci(e)!==t&&n)throw Error(r(425))}function Ti(){}var Ei=null,Di=null;function Oi(e,t){return e===`textarea`||e===`noscript`||typeof t.children==`string`||typeof t.children==`number`||typeof t.dangerouslySetInnerHTML==`object`&&t.dangerouslySetInnerHTML!==null&&t.dangerouslySetInnerHTML.__html!=null}var ki=typeof setTimeout==`function`?setTimeout:void 0,Ai=typeof clearTimeout==`function`?clearTimeout:void 0,ji=typeof Promise==`function`?Promise:void 0,Mi=typeof queueMicrotask==`function`?queueMicrotask:ji===void 0?ki:function(e){return ji.resolve(null).then(e).catch(Ni)};function Ni(e){setTimeout(function(){throw e})}function Pi(e,t){var n=t,r=0;do{var i=n.nextSibling;if(e.removeChild(n),i&&i.nodeType===8){if(n=i.data,n===`/$`){if(r===0){e.removeChild(i),Tn(t);return}r--}else n!==`$`&&n!==`$?`&&n!==`$!`||r++}n=i}while(n);Tn(t)}function Fi(e){for(;e!=null;e=e.nextSibling){var t=e.nodeType;if(t===1||t===3)break;if(t===8){if(t=e.data,t===`$`||t===`$!`||t===`$?`)break;if(t===`/$`)return null}}return e}function Ii(e){e=e.previousSibling;for(var t=0;e;){if(e.nodeType===8){var n=e.data;if(n===`$`||n===`$!`||n===`$?`){if(t===0)return e;t--}else n===`/$`&&t++}e=e.previousSibling}return null}var Li=Math.random().toString(36).slice(2),Ri=`__reactFiber$`+Li,zi=`__reactProps$`+Li,Bi=`__reactContainer$`+Li,Vi=`__reactEvents$`+Li,Hi=`__reactListeners$`+Li,Ui=`__reactHandles$`+Li;function Wi(e){var t=e[Ri];if(t)return t;for(var n=e.parentNode;n;){if(t=n[Bi]||n[Ri]){if(n=t.alternate,t.child!==null||n!==null&&n.child!==null)for(e=Ii(e);e!==null;){if(n=e[Ri])return n;e=Ii(e)}return t}e=n,n=e.parentNode}return null}function Gi(e){return e=e[Ri]||e[Bi],!e||e.tag!==5&&e.tag!==6&&e.tag!==13&&e.tag!==3?null:e}function Ki(e){if(e.tag===5||e.tag===6)return e.stateNode;throw Error(r(33))}function qi(e){return e[zi]||null}var Ji=[],Yi=-1;function Xi(e){return{current:e}}function R(e){0>Yi||(e.current=Ji[Yi],Ji[Yi]=null,Yi--)}function z(e,t){Yi++,Ji[Yi]=e.current,e.current=t}var Zi={},B=Xi(Zi),V=Xi(!1),Qi=Zi;function $i(e,t){var n=e.type.contextTypes;if(!n)return Zi;var r=e.stateNode;if(r&&r.__reactInternalMemoizedUnmaskedChildContext===t)return r.__reactInternalMemoizedMaskedChildContext;var i={},a;for(a in n)i[a]=t[a];return r&&(e=e.stateNode,e.__reactInternalMemoizedUnmaskedChildContext=t,e.__reactInternalMemoizedMaskedChildContext=i),i}function ea(e){return e=e.childContextTypes,e!=null}function ta(){R(V),R(B)}function na(e,t,n){if(B.current!==Zi)throw Error(r(168));z(B,t),z(V,n)}function ra(e,t,n){var i=e.stateNode;if(t=t.childContextTypes,typeof i.getChildContext!=`function`)return n;for(var a in i=i.getChildContext(),i)if(!(a in t))throw Error(r(108,Ce(e)||`Unknown`,a));return S({},n,i)}function ia(e){return e=(e=e.stateNode)&&e.__reactInternalMemoizedMergedChildContext||Zi,Qi=B.current,z(B,e),z(V,V.current),!0}function aa(e,t,n){var i=e.stateNode;if(!i)throw Error(r(169));n?(e=ra(e,t,Qi),i.__reactInternalMemoizedMergedChildContext=e,R(V),R(B),z(B,e)):R(V),z(V,n)}var oa=null,sa=!1,ca=!1;function la(e){oa===null?oa=[e]:oa.push(e)}function ua(e){sa=!0,la(e)}function da(){if(!ca&&oa!==null){ca=!0;var e=0,t=D;try{var n=oa;for(D=1;e<n.length;e++){var r=n[e];do r=r(!0);while(r!==null)}oa=null,sa=!1}catch(t){throw oa!==null&&(oa=oa.slice(e+1)),Dt(Mt,da),t}finally{D=t,ca=!1}}return null}var fa=[],pa=0,ma=null,H=0,ha=[],ga=0,_a=null,va=1,ya=``;function ba(e,t){fa[pa++]=H,fa[pa++]=ma,ma=e,H=t}function xa(e,t,n){ha[ga++]=va,ha[ga++]=ya,ha[ga++]=_a,_a=e;var r=va;e=ya;var i=32-Bt(r)-1;r&=~(1<<i),n+=1;var a=32-Bt(t)+i;if(30<a){var o=i-i%5;a=(r&(1<<o)-1).toString(32),r>>=o,i-=o,va=1<<32-Bt(t)+i|n<<i|r,ya=a+e}else va=1<<a|n<<i|r,ya=e}function Sa(e){e.return!==null&&(ba(e,1),xa(e,1,0))}function Ca(e){for(;e===ma;)ma=fa[--pa],fa[pa]=null,H=fa[--pa],fa[pa]=null;for(;e===_a;)_a=ha[--ga],ha[ga]=null,ya=ha[--ga],ha[ga]=null,va=ha[--ga],ha[ga]=null}var wa=null,Ta=null,U=!1,Ea=null;function Da(e,t){var n=Kl(5,null,null,0);n.elementType=`DELETED`,n.stateNode=t,n.return=e,t=e.deletions,t===null?(e.deletions=[n],e.flags|=16):t.push(n)}function Oa(e,t){switch(e.tag){case 5:var n=e.type;return t=t.nodeType!==1||n.toLowerCase()!==t.nodeName.toLowerCase()?null:t,t!==null&&(e.stateNode=t,wa=e,Ta=Fi(t.firstChild),!0);case 6:return t=e.pendingProps===``||t.nodeType!==3?null:t,t!==null&&(e.stateNode=t,wa=e,Ta=null,!0);case 13:return t=t.nodeType===8?t:null,t!==null&&(n=_a===null?null:{id:va,overflow:ya},e.memoizedState={dehydrated:t,treeContext:n,retryLane:1073741824},n=Kl(18,null,null,0),n.stateNode=t,n.return=e,e.child=n,wa=e,Ta=null,!0);default:return!1}}function ka(e){return!!(e.mode&1)&&!(e.flags&128)}function Aa(e){if(U){var t=Ta;if(t){var n=t;if(!Oa(e,t)){if(ka(e))throw Error(r(418));t=Fi(n.nextSibling);var i=wa;t&&Oa(e,t)?Da(i,n):(e.flags=e.flags&-4097|2,U=!1,wa=e)}}else{if(ka(e))throw Error(r(418));e.flags=e.flags&-4097|2,U=!1,wa=e}}}function ja(e){for(e=e.return;e!==null&&e.tag!==5&&e.tag!==3&&e.tag!==13;)e=e.return;wa=e}function Ma(e){if(e!==wa)return!1;if(!U)return ja(e),U=!0,!1;var t;if((t=e.tag!==3)&&!(t=e.tag!==5)&&(t=e.type,t=t!==`head`&&t!==`body`&&!Oi(e.type,e.memoizedProps)),t&&=Ta){if(ka(e))throw Na(),Error(r(418));for(;t;)Da(e,t),t=Fi(t.nextSibling)}if(ja(e),e.tag===13){if(e=e.memoizedState,e=e===null?null:e.dehydrated,!e)throw Error(r(317));a:{for(e=e.nextSibling,t=0;e;){if(e.nodeType===8){var n=e.data;if(n===`/$`){if(t===0){Ta=Fi(e.nextSibling);break a}t--}else n!==`$`&&n!==`$!`&&n!==`$?`||t++}e=e.nextSibling}Ta=null}}else Ta=wa?Fi(e.stateNode.nextSibling):null;return!0}function Na(){for(var e=Ta;e;)e=Fi(e.nextSibling)}function Pa(){Ta=wa=null,U=!1}function Fa(e){Ea===null?Ea=[e]:Ea.push(e)}var Ia=ne.ReactCurrentBatchConfig;function La(e,t,n){if(e=n.ref,e!==null&&typeof e!=`function`&&typeof e!=`object`){if(n._owner){if(n=n._owner,n){if(n.tag!==1)throw Error(r(309));var i=n.stateNode}if(!i)throw Error(r(147,e));var a=i,o=``+e;return t!==null&&t.ref!==null&&typeof t.ref==`function`&&t.ref._stringRef===o?t.ref:(t=function(e){var t=a.refs;e===null?delete t[o]:t[o]=e},t._stringRef=o,t)}if(typeof e!=`string`)throw Error(r(284));if(!n._owner)throw Error(r(290,e))}return e}function Ra(e,t){throw e=Object.prototype.toString.call(t),Error(r(31,e===`[object Object]`?`object with keys {`+Object.keys(t).join(`, `)+`}`:e))}function za(e){var t=e._init;return t(e._payload)}function Ba(e){function t(t,n){if(e){var r=t.deletions;r===null?(t.deletions=[n],t.flags|=16):r.push(n)}}function n(n,r){if(!e)return null;for(;r!==null;)t(n,r),r=r.sibling;return null}function i(e,t){for(e=new Map;t!==null;)t.key===null?e.set(t.index,t):e.set(t.key,t),t=t.sibling;return e}function a(e,t){return e=Yl(e,t),e.index=0,e.sibling=null,e}function o(t,n,r){return t.index=r,e?(r=t.alternate,r===null?(t.flags|=2,n):(r=r.index,r<n?(t.flags|=2,n):r)):(t.flags|=1048576,n)}function s(t){return e&&t.alternate===null&&(t.flags|=2),t}function c(e,t,n,r){return t===null||t.tag!==6?(t=$l(n,e.mode,r),t.return=e,t):(t=a(t,n),t.return=e,t)}function l(e,t,n,r){var i=n.type;return i===ae?d(e,t,n.props.children,r,n.key):t!==null&&(t.elementType===i||typeof i==`object`&&i&&i.$$typeof===pe&&za(i)===t.type)?(r=a(t,n.props),r.ref=La(e,t,n),r.return=e,r):(r=Xl(n.type,n.key,n.props,null,e.mode,r),r.ref=La(e,t,n),r.return=e,r)}function u(e,t,n,r){return t===null||t.tag!==4||t.stateNode.containerInfo!==n.containerInfo||t.stateNode.implementation!==n.implementation?(t=eu(n,e.mode,r),t.return=e,t):(t=a(t,n.children||[]),t.return=e,t)}function d(e,t,n,r,i){return t===null||t.tag!==7?(t=Zl(n,e.mode,r,i),t.return=e,t):(t=a(t,n),t.return=e,t)}function f(e,t,n){if(typeof t==`string`&&t!==``||typeof t==`number`)return t=$l(``+t,e.mode,n),t.return=e,t;if(typeof t==`object`&&t){switch(t.$$typeof){case re:return n=Xl(t.type,t.key,t.props,null,e.mode,n),n.ref=La(e,null,t),n.return=e,n;case ie:return t=eu(t,e.mode,n),t.return=e,t;case pe:var r=t._init;return f(e,r(t._payload),n)}if(Ie(t)||ge(t))return t=Zl(t,e.mode,n,null),t.return=e,t;Ra(e,t)}return null}function p(e,t,n,r){var i=t===null?null:t.key;if(typeof n==`string`&&n!==``||typeof n==`number`)return i===null?c(e,t,``+n,r):null;if(typeof n==`object`&&n){switch(n.$$typeof){case re:return n.key===i?l(e,t,n,r):null;case ie:return n.key===i?u(e,t,n,r):null;case pe:return i=n._init,p(e,t,i(n._payload),r)}if(Ie(n)||ge(n))return i===null?d(e,t,n,r,null):null;Ra(e,n)}return null}function m(e,t,n,r,i){if(typeof r==`string`&&r!==``||typeof r==`number`)return e=e.get(n)||null,c(t,e,``+r,i);if(typeof r==`object`&&r){switch(r.$$typeof){case re:return e=e.get(r.key===null?n:r.key)||null,l(t,e,r,i);case ie:return e=e.get(r.key===null?n:r.key)||null,u(t,e,r,i);case pe:var a=r._init;return m(e,t,n,a(r._payload),i)}if(Ie(r)||ge(r))return e=e.get(n)||null,d(t,e,r,i,null);Ra(t,r)}return null}function h(r,a,s,c){for(var l=null,u=null,d=a,h=a=0,g=null;d!==null&&h<s.length;h++){d.index>h?(g=d,d=null):g=d.sibling;var _=p(r,d,s[h],c);if(_===null){d===null&&(d=g);break}e&&d&&_.alternate===null&&t(r,d),a=o(_,a,h),u===null?l=_:u.sibling=_,u=_,d=g}if(h===s.length)return n(r,d),U&&ba(r,h),l;if(d===null){for(;h<s.length;h++)d=f(r,s[h],c),d!==null&&(a=o(d,a,h),u===null?l=d:u.sibling=d,u=d);return U&&ba(r,h),l}for(d=i(r,d);h<s.length;h++)g=m(d,r,h,s[h],c),g!==null&&(e&&g.alternate!==null&&d.delete(g.key===null?h:g.key),a=o(g,a,h),u===null?l=g:u.sibling=g,u=g);return e&&d.forEach(function(e){return t(r,e)}),U&&ba(r,h),l}function g(a,s,c,l){var u=ge(c);if(typeof u!=`function`)throw Error(r(150));if(c=u.call(c),c==null)throw Error(r(151));for(var d=u=null,h=s,g=s=0,_=null,v=c.next();h!==null&&!v.done;g++,v=c.next()){h.index>g?(_=h,h=null):_=h.sibling;var y=p(a,h,v.value,l);if(y===null){h===null&&(h=_);break}e&&h&&y.alternate===null&&t(a,h),s=o(y,s,g),d===null?u=y:d.sibling=y,d=y,h=_}if(v.done)return n(a,h),U&&ba(a,g),u;if(h===null){for(;!v.done;g++,v=c.next())v=f(a,v.value,l),v!==null&&(s=o(v,s,g),d===null?u=v:d.sibling=v,d=v);return U&&ba(a,g),u}for(h=i(a,h);!v.done;g++,v=c.next())v=m(h,a,g,v.value,l),v!==null&&(e&&v.alternate!==null&&h.delete(v.key===null?g:v.key),s=o(v,s,g),d===null?u=v:d.sibling=v,d=v);return e&&h.forEach(function(e){return t(a,e)}),U&&ba(a,g),u}function _(e,r,i,o){if(typeof i==`object`&&i&&i.type===ae&&i.key===null&&(i=i.props.children),typeof i==`object`&&i){switch(i.$$typeof){case re:a:{for(var c=i.key,l=r;l!==null;){if(l.key===c){if(c=i.type,c===ae){if(l.tag===7){n(e,l.sibling),r=a(l,i.props.children),r.return=e,e=r;break a}}else if(l.elementType===c||typeof c==`object`&&c&&c.$$typeof===pe&&za(c)===l.type){n(e,l.sibling),r=a(l,i.props),r.ref=La(e,l,i),r.return=e,e=r;break a}n(e,l);break}t(e,l),l=l.sibling}i.type===ae?(r=Zl(i.props.children,e.mode,o,i.key),r.return=e,e=r):(o=Xl(i.type,i.key,i.props,null,e.mode,o),o.ref=La(e,r,i),o.return=e,e=o)}return s(e);case ie:a:{for(l=i.key;r!==null;){if(r.key===l){if(r.tag===4&&r.stateNode.containerInfo===i.containerInfo&&r.stateNode.implementation===i.implementation){n(e,r.sibling),r=a(r,i.children||[]),r.return=e,e=r;break a}n(e,r);break}t(e,r),r=r.sibling}r=eu(i,e.mode,o),r.return=e,e=r}return s(e);case pe:return l=i._init,_(e,r,l(i._payload),o)}if(Ie(i))return h(e,r,i,o);if(ge(i))return g(e,r,i,o);Ra(e,i)}return typeof i==`string`&&i!==``||typeof i==`number`?(i=``+i,r!==null&&r.tag===6?(n(e,r.sibling),r=a(r,i),r.return=e,e=r):(n(e,r),r=$l(i,e.mode,o),r.return=e,e=r),s(e)):n(e,r)}return _}var Va=Ba(!0),Ha=Ba(!1),Ua=Xi(null),Wa=null,Ga=null,Ka=null;function qa(){Ka=Ga=Wa=null}function Ja(e){var t=Ua.current;R(Ua),e._currentValue=t}function Ya(e,t,n){for(;e!==null;){var r=e.alternate;if((e.childLanes&t)===t?r!==null&&(r.childLanes&t)!==t&&(r.childLanes|=t):(e.childLanes|=t,r!==null&&(r.childLanes|=t)),e===n)break;e=e.return}}function Xa(e,t){Wa=e,Ka=Ga=null,e=e.dependencies,e!==null&&e.firstContext!==null&&((e.lanes&t)!==0&&(Fs=!0),e.firstContext=null)}function Za(e){var t=e._currentValue;if(Ka!==e){if(e={context:e,memoizedValue:t,next:null},Ga===null){if(Wa===null)throw Error(r(308));Ga=e,Wa.dependencies={lanes:0,firstContext:e}}else Ga=Ga.next=e}return t}var Qa=null;function $a(e){Qa===null?Qa=[e]:Qa.push(e)}function eo(e,t,n,r){var i=t.interleaved;return i===null?(n.next=n,$a(t)):(n.next=i.next,i.next=n),t.interleaved=n,to(e,r)}function to(e,t){e.lanes|=t;var n=e.alternate;for(n!==null&&(n.lanes|=t),n=e,e=e.return;e!==null;)e.childLanes|=t,n=e.alternate,n!==null&&(n.childLanes|=t),n=e,e=e.return;return n.tag===3?n.stateNode:null}var no=!1;function ro(e){e.updateQueue={baseState:e.memoizedState,firstBaseUpdate:null,lastBaseUpdate:null,shared:{pending:null,interleaved:null,lanes:0},effects:null}}function io(e,t){e=e.updateQueue,t.updateQueue===e&&(t.updateQueue={baseState:e.baseState,firstBaseUpdate:e.firstBaseUpdate,lastBaseUpdate:e.lastBaseUpdate,shared:e.shared,effects:e.effects})}function ao(e,t){return{eventTime:e,lane:t,tag:0,payload:null,callback:null,next:null}}function oo(e,t,n){var r=e.updateQueue;if(r===null)return null;if(r=r.shared,X&2){var i=r.pending;return i===null?t.next=t:(t.next=i.next,i.next=t),r.pending=t,to(e,n)}return i=r.interleaved,i===null?(t.next=t,$a(r)):(t.next=i.next,i.next=t),r.interleaved=t,to(e,n)}function so(e,t,n){if(t=t.updateQueue,t!==null&&(t=t.shared,n&4194240)){var r=t.lanes;r&=e.pendingLanes,n|=r,t.lanes=n,en(e,n)}}function co(e,t){var n=e.updateQueue,r=e.alternate;if(r!==null&&(r=r.updateQueue,n===r)){var i=null,a=null;if(n=n.firstBaseUpdate,n!==null){do{var o={eventTime:n.eventTime,lane:n.lane,tag:n.tag,payload:n.payload,callback:n.callback,next:null};a===null?i=a=o:a=a.next=o,n=n.next}while(n!==null);a===null?i=a=t:a=a.next=t}else i=a=t;n={baseState:r.baseState,firstBaseUpdate:i,lastBaseUpdate:a,shared:r.shared,effects:r.effects},e.updateQueue=n}else e=n.lastBaseUpdate,e===null?n.firstBaseUpdate=t:e.next=t,n.lastBaseUpdate=t}function lo(e,t,n,r){var i=e.updateQueue;no=!1;var a=i.firstBaseUpdate,o=i.lastBaseUpdate,s=i.shared.pending;if(s!==null){i.shared.pending=null;var c=s,l=c.next;c.next=null,o===null?a=l:o.next=l,o=c;var u=e.alternate;u!==null&&(u=u.updateQueue,s=u.lastBaseUpdate,s!==o&&(s===null?u.firstBaseUpdate=l:s.next=l,u.lastBaseUpdate=c))}if(a!==null){var d=i.baseState;o=0,u=l=c=null,s=a;do{var f=s.lane,p=s.eventTime;if((r&f)===f){u!==null&&(u=u.next={eventTime:p,lane:0,tag:s.tag,payload:s.payload,callback:s.callback,next:null});a:{var m=e,h=s;switch(f=t,p=n,h.tag){case 1:if(m=h.payload,typeof m==`function`){d=m.call(p,d,f);break a}d=m;break a;case 3:m.flags=m.flags&-65537|128;case 0:if(m=h.payload,f=typeof m==`function`?m.call(p,d,f):m,f==null)break a;d=S({},d,f);break a;case 2:no=!0}}s.callback!==null&&s.lane!==0&&(e.flags|=64,f=i.effects,f===null?i.effects=[s]:f.push(s))}else p={eventTime:p,lane:f,tag:s.tag,payload:s.payload,callback:s.callback,next:null},u===null?(l=u=p,c=d):u=u.next=p,o|=f;if(s=s.next,s===null){if(s=i.shared.pending,s===null)break;f=s,s=f.next,f.next=null,i.lastBaseUpdate=f,i.shared.pending=null}}while(1);if(u===null&&(c=d),i.baseState=c,i.firstBaseUpdate=l,i.lastBaseUpdate=u,t=i.shared.interleaved,t!==null){i=t;do o|=i.lane,i=i.next;while(i!==t)}else a===null&&(i.shared.lanes=0);Yc|=o,e.lanes=o,e.memoizedState=d}}function uo(e,t,n){if(e=t.effects,t.effects=null,e!==null)for(t=0;t<e.length;t++){var i=e[t],a=i.callback;if(a!==null){if(i.callback=null,i=n,typeof a!=`function`)throw Error(r(191,a));a.call(i)}}}var fo={},po=Xi(fo),mo=Xi(fo),ho=Xi(fo);function go(e){if(e===fo)throw Error(r(174));return e}function _o(e,t){switch(z(ho,t),z(mo,e),z(po,fo),e=t.nodeType,e){case 9:case 11:t=(t=t.documentElement)?t.namespaceURI:Ue(null,``);break;default:e=e===8?t.parentNode:t,t=e.namespaceURI||null,e=e.tagName,t=Ue(t,e)}R(po),z(po,t)}function vo(){R(po),R(mo),R(ho)}function yo(e){go(ho.current);var t=go(po.current),n=Ue(t,e.type);t!==n&&(z(mo,e),z(po,n))}function bo(e){mo.current===e&&(R(po),R(mo))}var W=Xi(0);function xo(e){for(var t=e;t!==null;){if(t.tag===13){var n=t.memoizedState;if(n!==null&&(n=n.dehydrated,n===null||n.data===`$?`||n.data===`$!`))return t}else if(t.tag===19&&t.memoizedProps.revealOrder!==void 0){if(t.flags&128)return t}else if(t.child!==null){t.child.return=t,t=t.child;continue}if(t===e)break;for(;t.sibling===null;){if(t.return===null||t.return===e)return null;t=t.return}t.sibling.return=t.return,t=t.sibling}return null}var So=[];function Co(){for(var e=0;e<So.length;e++)So[e]._workInProgressVersionPrimary=null;So.length=0}var wo=ne.ReactCurrentDispatcher,To=ne.ReactCurrentBatchConfig,Eo=0,G=null,K=null,q=null,Do=!1,Oo=!1,ko=0,Ao=0;function jo(){throw Error(r(321))}function Mo(e,t){if(t===null)return!1;for(var n=0;n<t.length&&n<e.length;n++)if(!Fr(e[n],t[n]))return!1;return!0}function No(e,t,n,i,a,o){if(Eo=o,G=t,t.memoizedState=null,t.updateQueue=null,t.lanes=0,wo.current=e===null||e.memoizedState===null?hs:gs,e=n(i,a),Oo){o=0;do{if(Oo=!1,ko=0,25<=o)throw Error(r(301));o+=1,q=K=null,t.updateQueue=null,wo.current=_s,e=n(i,a)}while(Oo)}if(wo.current=ms,t=K!==null&&K.next!==null,Eo=0,q=K=G=null,Do=!1,t)throw Error(r(300));return e}function Po(){var e=ko!==0;return ko=0,e}function J(){var e={memoizedState:null,baseState:null,baseQueue:null,queue:null,next:null};return q===null?G.memoizedState=q=e:q=q.next=e,q}function Fo(){if(K===null){var e=G.alternate;e=e===null?null:e.memoizedState}else e=K.next;var t=q===null?G.memoizedState:q.next;if(t!==null)q=t,K=e;else{if(e===null)throw Error(r(310));K=e,e={memoizedState:K.memoizedState,baseState:K.baseState,baseQueue:K.baseQueue,queue:K.queue,next:null},q===null?G.memoizedState=q=e:q=q.next=e}return q}function Io(e,t){return typeof t==`function`?t(e):t}function Lo(e){var t=Fo(),n=t.queue;if(n===null)throw Error(r(311));n.lastRenderedReducer=e;var i=K,a=i.baseQueue,o=n.pending;if(o!==null){if(a!==null){var s=a.next;a.next=o.next,o.next=s}i.baseQueue=a=o,n.pending=null}if(a!==null){o=a.next,i=i.baseState;var c=s=null,l=null,u=o;do{var d=u.lane;if((Eo&d)===d)l!==null&&(l=l.next={lane:0,action:u.action,hasEagerState:u.hasEagerState,eagerState:u.eagerState,next:null}),i=u.hasEagerState?u.eagerState:e(i,u.action);else{var f={lane:d,action:u.action,hasEagerState:u.hasEagerState,eagerState:u.eagerState,next:null};l===null?(c=l=f,s=i):l=l.next=f,G.lanes|=d,Yc|=d}u=u.next}while(u!==null&&u!==o);l===null?s=i:l.next=c,Fr(i,t.memoizedState)||(Fs=!0),t.memoizedState=i,t.baseState=s,t.baseQueue=l,n.lastRenderedState=i}if(e=n.interleaved,e!==null){a=e;do o=a.lane,G.lanes|=o,Yc|=o,a=a.next;while(a!==e)}else a===null&&(n.lanes=0);return[t.memoizedState,n.dispatch]}function Ro(e){var t=Fo(),n=t.queue;if(n===null)throw Error(r(311));n.lastRenderedReducer=e;var i=n.dispatch,a=n.pending,o=t.memoizedState;if(a!==null){n.pending=null;var s=a=a.next;do o=e(o,s.action),s=s.next;while(s!==a);Fr(o,t.memoizedState)||(Fs=!0),t.memoizedState=o,t.baseQueue===null&&(t.baseState=o),n.lastRenderedState=o}return[o,i]}function zo(){}function Bo(e,t){var n=G,i=Fo(),a=t(),o=!Fr(i.memoizedState,a);if(o&&(i.memoizedState=a,Fs=!0),i=i.queue,Qo(Uo.bind(null,n,i,e),[e]),i.getSnapshot!==t||o||q!==null&&q.memoizedState.tag&1){if(n.flags|=2048,qo(9,Ho.bind(null,n,i,a,t),void 0,null),Wc===null)throw Error(r(349));Eo&30||Vo(n,t,a)}return a}function Vo(e,t,n){e.flags|=16384,e={getSnapshot:t,value:n},t=G.updateQueue,t===null?(t={lastEffect:null,stores:null},G.updateQueue=t,t.stores=[e]):(n=t.stores,n===null?t.stores=[e]:n.push(e))}function Ho(e,t,n,r){t.value=n,t.getSnapshot=r,Wo(t)&&Go(e)}function Uo(e,t,n){return n(function(){Wo(t)&&Go(e)})}function Wo(e){var t=e.getSnapshot;e=e.value;try{var n=t();return!Fr(e,n)}catch{return!0}}function Go(e){var t=to(e,1);t!==null&&hl(t,e,1,-1)}function Ko(e){var t=J();return typeof e==`function`&&(e=e()),t.memoizedState=t.baseState=e,e={pending:null,interleaved:null,lanes:0,dispatch:null,lastRenderedReducer:Io,lastRenderedState:e},t.queue=e,e=e.dispatch=us.bind(null,G,e),[t.memoizedState,e]}function qo(e,t,n,r){return e={tag:e,create:t,destroy:n,deps:r,next:null},t=G.updateQueue,t===null?(t={lastEffect:null,stores:null},G.updateQueue=t,t.lastEffect=e.next=e):(n=t.lastEffect,n===null?t.lastEffect=e.next=e:(r=n.next,n.next=e,e.next=r,t.lastEffect=e)),e}function Jo(){return Fo().memoizedState}function Yo(e,t,n,r){var i=J();G.flags|=e,i.memoizedState=qo(1|t,n,void 0,r===void 0?null:r)}function Xo(e,t,n,r){var i=Fo();r=r===void 0?null:r;var a=void 0;if(K!==null){var o=K.memoizedState;if(a=o.destroy,r!==null&&Mo(r,o.deps)){i.memoizedState=qo(t,n,a,r);return}}G.flags|=e,i.memoizedState=qo(1|t,n,a,r)}function Zo(e,t){return Yo(8390656,8,e,t)}function Qo(e,t){return Xo(2048,8,e,t)}function $o(e,t){return Xo(4,2,e,t)}function es(e,t){return Xo(4,4,e,t)}function ts(e,t){if(typeof t==`function`)return e=e(),t(e),function(){t(null)};if(t!=null)return e=e(),t.current=e,function(){t.current=null}}function ns(e,t,n){return n=n==null?null:n.concat([e]),Xo(4,4,ts.bind(null,t,e),n)}function rs(){}function is(e,t){var n=Fo();t=t===void 0?null:t;var r=n.memoizedState;return r!==null&&t!==null&&Mo(t,r[1])?r[0]:(n.memoizedState=[e,t],e)}function as(e,t){var n=Fo();t=t===void 0?null:t;var r=n.memoizedState;return r!==null&&t!==null&&Mo(t,r[1])?r[0]:(e=e(),n.memoizedState=[e,t],e)}function os(e,t,n){return Eo&21?(Fr(n,t)||(n=Xt(),G.lanes|=n,Yc|=n,e.baseState=!0),t):(e.baseState&&(e.baseState=!1,Fs=!0),e.memoizedState=n)}function ss(e,t){var n=D;D=n!==0&&4>n?n:4,e(!0);var r=To.transition;To.transition={};try{e(!1),t()}finally{D=n,To.transition=r}}function cs(){return Fo().memoizedState}function ls(e,t,n){var r=ml(e);if(n={lane:r,action:n,hasEagerState:!1,eagerState:null,next:null},ds(e))fs(t,n);else if(n=eo(e,t,n,r),n!==null){var i=pl();hl(n,e,r,i),ps(n,t,r)}}function us(e,t,n){var r=ml(e),i={lane:r,action:n,hasEagerState:!1,eagerState:null,next:null};if(ds(e))fs(t,i);else{var a=e.alternate;if(e.lanes===0&&(a===null||a.lanes===0)&&(a=t.lastRenderedReducer,a!==null))try{var o=t.lastRenderedState,s=a(o,n);if(i.hasEagerState=!0,i.eagerState=s,Fr(s,o)){var c=t.interleaved;c===null?(i.next=i,$a(t)):(i.next=c.next,c.next=i),t.interleaved=i;return}}catch{}n=eo(e,t,i,r),n!==null&&(i=pl(),hl(n,e,r,i),ps(n,t,r))}}function ds(e){var t=e.alternate;return e===G||t!==null&&t===G}function fs(e,t){Oo=Do=!0;var n=e.pending;n===null?t.next=t:(t.next=n.next,n.next=t),e.pending=t}function ps(e,t,n){if(n&4194240){var r=t.lanes;r&=e.pendingLanes,n|=r,t.lanes=n,en(e,n)}}var ms={readContext:Za,useCallback:jo,useContext:jo,useEffect:jo,useImperativeHandle:jo,useInsertionEffect:jo,useLayoutEffect:jo,useMemo:jo,useReducer:jo,useRef:jo,useState:jo,useDebugValue:jo,useDeferredValue:jo,useTransition:jo,useMutableSource:jo,useSyncExternalStore:jo,useId:jo,unstable_isNewReconciler:!1},hs={readContext:Za,useCallback:function(e,t){return J().memoizedState=[e,t===void 0?null:t],e},useContext:Za,useEffect:Zo,useImperativeHandle:function(e,t,n){return n=n==null?null:n.concat([e]),Yo(4194308,4,ts.bind(null,t,e),n)},useLayoutEffect:function(e,t){return Yo(4194308,4,e,t)},useInsertionEffect:function(e,t){return Yo(4,2,e,t)},useMemo:function(e,t){var n=J();return t=t===void 0?null:t,e=e(),n.memoizedState=[e,t],e},useReducer:function(e,t,n){var r=J();return t=n===void 0?t:n(t),r.memoizedState=r.baseState=t,e={pending:null,interleaved:null,lanes:0,dispatch:null,lastRenderedReducer:e,lastRenderedState:t},r.queue=e,e=e.dispatch=ls.bind(null,G,e),[r.memoizedState,e]},useRef:function(e){var t=J();return e={current:e},t.memoizedState=e},useState:Ko,useDebugValue:rs,useDeferredValue:function(e){return J().memoizedState=e},useTransition:function(){var e=Ko(!1),t=e[0];return e=ss.bind(null,e[1]),J().memoizedState=e,[t,e]},useMutableSource:function(){},useSyncExternalStore:function(e,t,n){var i=G,a=J();if(U){if(n===void 0)throw Error(r(407));n=n()}else{if(n=t(),Wc===null)throw Error(r(349));Eo&30||Vo(i,t,n)}a.memoizedState=n;var o={value:n,getSnapshot:t};return a.queue=o,Zo(Uo.bind(null,i,o,e),[e]),i.flags|=2048,qo(9,Ho.bind(null,i,o,n,t),void 0,null),n},useId:function(){var e=J(),t=Wc.identifierPrefix;if(U){var n=ya,r=va;n=(r&~(1<<32-Bt(r)-1)).toString(32)+n,t=`:`+t+`R`+n,n=ko++,0<n&&(t+=`H`+n.toString(32)),t+=`:`}else n=Ao++,t=`:`+t+`r`+n.toString(32)+`:`;return e.memoizedState=t},unstable_isNewReconciler:!1},gs={readContext:Za,useCallback:is,useContext:Za,useEffect:Qo,useImperativeHandle:ns,useInsertionEffect:$o,useLayoutEffect:es,useMemo:as,useReducer:Lo,useRef:Jo,useState:function(){return Lo(Io)},useDebugValue:rs,useDeferredValue:function(e){return os(Fo(),K.memoizedState,e)},useTransition:function(){return[Lo(Io)[0],Fo().memoizedState]},useMutableSource:zo,useSyncExternalStore:Bo,useId:cs,unstable_isNewReconciler:!1},_s={readContext:Za,useCallback:is,useContext:Za,useEffect:Qo,useImperativeHandle:ns,useInsertionEffect:$o,useLayoutEffect:es,useMemo:as,useReducer:Ro,useRef:Jo,useState:function(){return Ro(Io)},useDebugValue:rs,useDeferredValue:function(e){var t=Fo();return K===null?t.memoizedState=e:os(t,K.memoizedState,e)},useTransition:function(){return[Ro(Io)[0],Fo().memoizedState]},useMutableSource:zo,useSyncExternalStore:Bo,useId:cs,unstable_isNewReconciler:!1};function vs(e,t){if(e&&e.defaultProps){for(var n in t=S({},t),e=e.defaultProps,e)t[n]===void 0&&(t[n]=e[n]);return t}return t}function ys(e,t,n,r){t=e.memoizedState,n=n(r,t),n=n==null?t:S({},t,n),e.memoizedState=n,e.lanes===0&&(e.updateQueue.baseState=n)}var bs={isMounted:function(e){return(e=e._reactInternals)?Ct(e)===e:!1},enqueueSetState:function(e,t,n){e=e._reactInternals;var r=pl(),i=ml(e),a=ao(r,i);a.payload=t,n!=null&&(a.callback=n),t=oo(e,a,i),t!==null&&(hl(t,e,i,r),so(t,e,i))},enqueueReplaceState:function(e,t,n){e=e._reactInternals;var r=pl(),i=ml(e),a=ao(r,i);a.tag=1,a.payload=t,n!=null&&(a.callback=n),t=oo(e,a,i),t!==null&&(hl(t,e,i,r),so(t,e,i))},enqueueForceUpdate:function(e,t){e=e._reactInternals;var n=pl(),r=ml(e),i=ao(n,r);i.tag=2,t!=null&&(i.callback=t),t=oo(e,i,r),t!==null&&(hl(t,e,r,n),so(t,e,r))}};function xs(e,t,n,r,i,a,o){return e=e.stateNode,typeof e.shouldComponentUpdate==`function`?e.shouldComponentUpdate(r,a,o):t.prototype&&t.prototype.isPureReactComponent?!Ir(n,r)||!Ir(i,a):!0}function Ss(e,t,n){var r=!1,i=Zi,a=t.contextType;return typeof a==`object`&&a?a=Za(a):(i=ea(t)?Qi:B.current,r=t.contextTypes,a=(r=r!=null)?$i(e,i):Zi),t=new t(n,a),e.memoizedState=t.state!==null&&t.state!==void 0?t.state:null,t.updater=bs,e.stateNode=t,t._reactInternals=e,r&&(e=e.stateNode,e.__reactInternalMemoizedUnmaskedChildContext=i,e.__reactInternalMemoizedMaskedChildContext=a),t}function Cs(e,t,n,r){e=t.state,typeof t.componentWillReceiveProps==`function`&&t.componentWillReceiveProps(n,r),typeof t.UNSAFE_componentWillReceiveProps==`function`&&t.UNSAFE_componentWillReceiveProps(n,r),t.state!==e&&bs.enqueueReplaceState(t,t.state,null)}function ws(e,t,n,r){var i=e.stateNode;i.props=n,i.state=e.memoizedState,i.refs={},ro(e);var a=t.contextType;typeof a==`object`&&a?i.context=Za(a):(a=ea(t)?Qi:B.current,i.context=$i(e,a)),i.state=e.memoizedState,a=t.getDerivedStateFromProps,typeof a==`function`&&(ys(e,t,a,n),i.state=e.memoizedState),typeof t.getDerivedStateFromProps==`function`||typeof i.getSnapshotBeforeUpdate==`function`||typeof i.UNSAFE_componentWillMount!=`function`&&typeof i.componentWillMount!=`function`||(t=i.state,typeof i.componentWillMount==`function`&&i.componentWillMount(),typeof i.UNSAFE_componentWillMount==`function`&&i.UNSAFE_componentWillMount(),t!==i.state&&bs.enqueueReplaceState(i,i.state,null),lo(e,n,i,r),i.state=e.memoizedState),typeof i.componentDidMount==`function`&&(e.flags|=4194308)}function Ts(e,t){try{var n=``,r=t;do n+=xe(r),r=r.return;while(r);var i=n}catch(e){i=`
Error generating stack: `+e.message+`
`+e.stack}return{value:e,source:t,stack:i,digest:null}}function Es(e,t,n){return{value:e,source:null,stack:n??null,digest:t??null}}function Ds(e,t){try{console.error(t.value)}catch(e){setTimeout(function(){throw e})}}var Os=typeof WeakMap==`function`?WeakMap:Map;function ks(e,t,n){n=ao(-1,n),n.tag=3,n.payload={element:null};var r=t.value;return n.callback=function(){rl||(rl=!0,il=r),Ds(e,t)},n}function As(e,t,n){n=ao(-1,n),n.tag=3;var r=e.type.getDerivedStateFromError;if(typeof r==`function`){var i=t.value;n.payload=function(){return r(i)},n.callback=function(){Ds(e,t)}}var a=e.stateNode;return a!==null&&typeof a.componentDidCatch==`function`&&(n.callback=function(){Ds(e,t),typeof r!=`function`&&(al===null?al=new Set([this]):al.add(this));var n=t.stack;this.componentDidCatch(t.value,{componentStack:n===null?``:n})}),n}function js(e,t,n){var r=e.pingCache;if(r===null){r=e.pingCache=new Os;var i=new Set;r.set(t,i)}else i=r.get(t),i===void 0&&(i=new Set,r.set(t,i));i.has(n)||(i.add(n),e=zl.bind(null,e,t,n),t.then(e,e))}function Ms(e){do{var t;if((t=e.tag===13)&&(t=e.memoizedState,t=t===null||t.dehydrated!==null),t)return e;e=e.return}while(e!==null);return null}function Ns(e,t,n,r,i){return e.mode&1?(e.flags|=65536,e.lanes=i,e):(e===t?e.flags|=65536:(e.flags|=128,n.flags|=131072,n.flags&=-52805,n.tag===1&&(n.alternate===null?n.tag=17:(t=ao(-1,1),t.tag=2,oo(n,t,1))),n.lanes|=1),e)}var Ps=ne.ReactCurrentOwner,Fs=!1;function Is(e,t,n,r){t.child=e===null?Ha(t,null,n,r):Va(t,e.child,n,r)}function Ls(e,t,n,r,i){n=n.render;var a=t.ref;return Xa(t,i),r=No(e,t,n,r,a,i),n=Po(),e!==null&&!Fs?(t.updateQueue=e.updateQueue,t.flags&=-2053,e.lanes&=~i,rc(e,t,i)):(U&&n&&Sa(t),t.flags|=1,Is(e,t,r,i),t.child)}function Rs(e,t,n,r,i){if(e===null){var a=n.type;return typeof a==`function`&&!ql(a)&&a.defaultProps===void 0&&n.compare===null&&n.defaultProps===void 0?(t.tag=15,t.type=a,zs(e,t,a,r,i)):(e=Xl(n.type,null,r,t,t.mode,i),e.ref=t.ref,e.return=t,t.child=e)}if(a=e.child,(e.lanes&i)===0){var o=a.memoizedProps;if(n=n.compare,n=n===null?Ir:n,n(o,r)&&e.ref===t.ref)return rc(e,t,i)}return t.flags|=1,e=Yl(a,r),e.ref=t.ref,e.return=t,t.child=e}function zs(e,t,n,r,i){if(e!==null){var a=e.memoizedProps;if(Ir(a,r)&&e.ref===t.ref){if(Fs=!1,t.pendingProps=r=a,(e.lanes&i)!==0)e.flags&131072&&(Fs=!0);else return t.lanes=e.lanes,rc(e,t,i)}}return Hs(e,t,n,r,i)}function Bs(e,t,n){var r=t.pendingProps,i=r.children,a=e===null?null:e.memoizedState;if(r.mode===`hidden`){if(!(t.mode&1))t.memoizedState={baseLanes:0,cachePool:null,transitions:null},z(qc,Kc),Kc|=n;else{if(!(n&1073741824))return e=a===null?n:a.baseLanes|n,t.lanes=t.childLanes=1073741824,t.memoizedState={baseLanes:e,cachePool:null,transitions:null},t.updateQueue=null,z(qc,Kc),Kc|=e,null;t.memoizedState={baseLanes:0,cachePool:null,transitions:null},r=a===null?n:a.baseLanes,z(qc,Kc),Kc|=r}}else a===null?r=n:(r=a.baseLanes|n,t.memoizedState=null),z(qc,Kc),Kc|=r;return Is(e,t,i,n),t.child}function Vs(e,t){var n=t.ref;(e===null&&n!==null||e!==null&&e.ref!==n)&&(t.flags|=512,t.flags|=2097152)}function Hs(e,t,n,r,i){var a=ea(n)?Qi:B.current;return a=$i(t,a),Xa(t,i),n=No(e,t,n,r,a,i),r=Po(),e!==null&&!Fs?(t.updateQueue=e.updateQueue,t.flags&=-2053,e.lanes&=~i,rc(e,t,i)):(U&&r&&Sa(t),t.flags|=1,Is(e,t,n,i),t.child)}function Us(e,t,n,r,i){if(ea(n)){var a=!0;ia(t)}else a=!1;if(Xa(t,i),t.stateNode===null)nc(e,t),Ss(t,n,r),ws(t,n,r,i),r=!0;else if(e===null){var o=t.stateNode,s=t.memoizedProps;o.props=s;var c=o.context,l=n.contextType;typeof l==`object`&&l?l=Za(l):(l=ea(n)?Qi:B.current,l=$i(t,l));var u=n.getDerivedStateFromProps,d=typeof u==`function`||typeof o.getSnapshotBeforeUpdate==`function`;d||typeof o.UNSAFE_componentWillReceiveProps!=`function`&&typeof o.componentWillReceiveProps!=`function`||(s!==r||c!==l)&&Cs(t,o,r,l),no=!1;var f=t.memoizedState;o.state=f,lo(t,r,o,i),c=t.memoizedState,s!==r||f!==c||V.current||no?(typeof u==`function`&&(ys(t,n,u,r),c=t.memoizedState),(s=no||xs(t,n,s,r,f,c,l))?(d||typeof o.UNSAFE_componentWillMount!=`function`&&typeof o.componentWillMount!=`function`||(typeof o.componentWillMount==`function`&&o.componentWillMount(),typeof o.UNSAFE_componentWillMount==`function`&&o.UNSAFE_componentWillMount()),typeof o.componentDidMount==`function`&&(t.flags|=4194308)):(typeof o.componentDidMount==`function`&&(t.flags|=4194308),t.memoizedProps=r,t.memoizedState=c),o.props=r,o.state=c,o.context=l,r=s):(typeof o.componentDidMount==`function`&&(t.flags|=4194308),r=!1)}else{o=t.stateNode,io(e,t),s=t.memoizedProps,l=t.type===t.elementType?s:vs(t.type,s),o.props=l,d=t.pendingProps,f=o.context,c=n.contextType,typeof c==`object`&&c?c=Za(c):(c=ea(n)?Qi:B.current,c=$i(t,c));var p=n.getDerivedStateFromProps;(u=typeof p==`function`||typeof o.getSnapshotBeforeUpdate==`function`)||typeof o.UNSAFE_componentWillReceiveProps!=`function`&&typeof o.componentWillReceiveProps!=`function`||(s!==d||f!==c)&&Cs(t,o,r,c),no=!1,f=t.memoizedState,o.state=f,lo(t,r,o,i);var m=t.memoizedState;s!==d||f!==m||V.current||no?(typeof p==`function`&&(ys(t,n,p,r),m=t.memoizedState),(l=no||xs(t,n,l,r,f,m,c)||!1)?(u||typeof o.UNSAFE_componentWillUpdate!=`function`&&typeof o.componentWillUpdate!=`function`||(typeof o.componentWillUpdate==`function`&&o.componentWillUpdate(r,m,c),typeof o.UNSAFE_componentWillUpdate==`function`&&o.UNSAFE_componentWillUpdate(r,m,c)),typeof o.componentDidUpdate==`function`&&(t.flags|=4),typeof o.getSnapshotBeforeUpdate==`function`&&(t.flags|=1024)):(typeof o.componentDidUpdate!=`function`||s===e.memoizedProps&&f===e.memoizedState||(t.flags|=4),typeof o.getSnapshotBeforeUpdate!=`function`||s===e.memoizedProps&&f===e.memoizedState||(t.flags|=1024),t.memoizedProps=r,t.memoizedState=m),o.props=r,o.state=m,o.context=c,r=l):(typeof o.componentDidUpdate!=`function`||s===e.memoizedProps&&f===e.memoizedState||(t.flags|=4),typeof o.getSnapshotBeforeUpdate!=`function`||s===e.memoizedProps&&f===e.memoizedState||(t.flags|=1024),r=!1)}return Ws(e,t,n,r,a,i)}function Ws(e,t,n,r,i,a){Vs(e,t);var o=!!(t.flags&128);if(!r&&!o)return i&&aa(t,n,!1),rc(e,t,a);r=t.stateNode,Ps.current=t;var s=o&&typeof n.getDerivedStateFromError!=`function`?null:r.render();return t.flags|=1,e!==null&&o?(t.child=Va(t,e.child,null,a),t.child=Va(t,null,s,a)):Is(e,t,s,a),t.memoizedState=r.state,i&&aa(t,n,!0),t.child}function Gs(e){var t=e.stateNode;t.pendingContext?na(e,t.pendingContext,t.pendingContext!==t.context):t.context&&na(e,t.context,!1),_o(e,t.containerInfo)}function Ks(e,t,n,r,i){return Pa(),Fa(i),t.flags|=256,Is(e,t,n,r),t.child}var qs={dehydrated:null,treeContext:null,retryLane:0};function Js(e){return{baseLanes:e,cachePool:null,transitions:null}}function Ys(e,t,n){var r=t.pendingProps,i=W.current,a=!1,o=!!(t.flags&128),s;if((s=o)||(s=e!==null&&e.memoizedState===null?!1:!!(i&2)),s?(a=!0,t.flags&=-129):(e===null||e.memoizedState!==null)&&(i|=1),z(W,i&1),e===null)return Aa(t),e=t.memoizedState,e!==null&&(e=e.dehydrated,e!==null)?(t.lanes=t.mode&1?e.data===`$!`?8:1073741824:1,null):(o=r.children,e=r.fallback,a?(r=t.mode,a=t.child,o={mode:`hidden`,children:o},!(r&1)&&a!==null?(a.childLanes=0,a.pendingProps=o):a=Ql(o,r,0,null),e=Zl(e,r,n,null),a.return=t,e.return=t,a.sibling=e,t.child=a,t.child.memoizedState=Js(n),t.memoizedState=qs,e):Xs(t,o));if(i=e.memoizedState,i!==null&&(s=i.dehydrated,s!==null))return Qs(e,t,o,r,s,i,n);if(a){a=r.fallback,o=t.mode,i=e.child,s=i.sibling;var c={mode:`hidden`,children:r.children};return!(o&1)&&t.child!==i?(r=t.child,r.childLanes=0,r.pendingProps=c,t.deletions=null):(r=Yl(i,c),r.subtreeFlags=i.subtreeFlags&14680064),s===null?(a=Zl(a,o,n,null),a.flags|=2):a=Yl(s,a),a.return=t,r.return=t,r.sibling=a,t.child=r,r=a,a=t.child,o=e.child.memoizedState,o=o===null?Js(n):{baseLanes:o.baseLanes|n,cachePool:null,transitions:o.transitions},a.memoizedState=o,a.childLanes=e.childLanes&~n,t.memoizedState=qs,r}return a=e.child,e=a.sibling,r=Yl(a,{mode:`visible`,children:r.children}),!(t.mode&1)&&(r.lanes=n),r.return=t,r.sibling=null,e!==null&&(n=t.deletions,n===null?(t.deletions=[e],t.flags|=16):n.push(e)),t.child=r,t.memoizedState=null,r}function Xs(e,t){return t=Ql({mode:`visible`,children:t},e.mode,0,null),t.return=e,e.child=t}function Zs(e,t,n,r){return r!==null&&Fa(r),Va(t,e.child,null,n),e=Xs(t,t.pendingProps.children),e.flags|=2,t.memoizedState=null,e}function Qs(e,t,n,i,a,o,s){if(n)return t.flags&256?(t.flags&=-257,i=Es(Error(r(422))),Zs(e,t,s,i)):t.memoizedState===null?(o=i.fallback,a=t.mode,i=Ql({mode:`visible`,children:i.children},a,0,null),o=Zl(o,a,s,null),o.flags|=2,i.return=t,o.return=t,i.sibling=o,t.child=i,t.mode&1&&Va(t,e.child,null,s),t.child.memoizedState=Js(s),t.memoizedState=qs,o):(t.child=e.child,t.flags|=128,null);if(!(t.mode&1))return Zs(e,t,s,null);if(a.data===`$!`){if(i=a.nextSibling&&a.nextSibling.dataset,i)var c=i.dgst;return i=c,o=Error(r(419)),i=Es(o,i,void 0),Zs(e,t,s,i)}if(c=(s&e.childLanes)!==0,Fs||c){if(i=Wc,i!==null){switch(s&-s){case 4:a=2;break;case 16:a=8;break;case 64:case 128:case 256:case 512:case 1024:case 2048:case 4096:case 8192:case 16384:case 32768:case 65536:case 131072:case 262144:case 524288:case 1048576:case 2097152:case 4194304:case 8388608:case 16777216:case 33554432:case 67108864:a=32;break;case 536870912:a=268435456;break;default:a=0}a=(a&(i.suspendedLanes|s))===0?a:0,a!==0&&a!==o.retryLane&&(o.retryLane=a,to(e,a),hl(i,e,a,-1))}return kl(),i=Es(Error(r(421))),Zs(e,t,s,i)}return a.data===`$?`?(t.flags|=128,t.child=e.child,t=Vl.bind(null,e),a._reactRetry=t,null):(e=o.treeContext,Ta=Fi(a.nextSibling),wa=t,U=!0,Ea=null,e!==null&&(ha[ga++]=va,ha[ga++]=ya,ha[ga++]=_a,va=e.id,ya=e.overflow,_a=t),t=Xs(t,i.children),t.flags|=4096,t)}function $s(e,t,n){e.lanes|=t;var r=e.alternate;r!==null&&(r.lanes|=t),Ya(e.return,t,n)}function ec(e,t,n,r,i){var a=e.memoizedState;a===null?e.memoizedState={isBackwards:t,rendering:null,renderingStartTime:0,last:r,tail:n,tailMode:i}:(a.isBackwards=t,a.rendering=null,a.renderingStartTime=0,a.last=r,a.tail=n,a.tailMode=i)}function tc(e,t,n){var r=t.pendingProps,i=r.revealOrder,a=r.tail;if(Is(e,t,r.children,n),r=W.current,r&2)r=r&1|2,t.flags|=128;else{if(e!==null&&e.flags&128)a:for(e=t.child;e!==null;){if(e.tag===13)e.memoizedState!==null&&$s(e,n,t);else if(e.tag===19)$s(e,n,t);else if(e.child!==null){e.child.return=e,e=e.child;continue}if(e===t)break a;for(;e.sibling===null;){if(e.return===null||e.return===t)break a;e=e.return}e.sibling.return=e.return,e=e.sibling}r&=1}if(z(W,r),!(t.mode&1))t.memoizedState=null;else switch(i){case`forwards`:for(n=t.child,i=null;n!==null;)e=n.alternate,e!==null&&xo(e)===null&&(i=n),n=n.sibling;n=i,n===null?(i=t.child,t.child=null):(i=n.sibling,n.sibling=null),ec(t,!1,i,n,a);break;case`backwards`:for(n=null,i=t.child,t.child=null;i!==null;){if(e=i.alternate,e!==null&&xo(e)===null){t.child=i;break}e=i.sibling,i.sibling=n,n=i,i=e}ec(t,!0,n,null,a);break;case`together`:ec(t,!1,null,null,void 0);break;default:t.memoizedState=null}return t.child}function nc(e,t){!(t.mode&1)&&e!==null&&(e.alternate=null,t.alternate=null,t.flags|=2)}function rc(e,t,n){if(e!==null&&(t.dependencies=e.dependencies),Yc|=t.lanes,(n&t.childLanes)===0)return null;if(e!==null&&t.child!==e.child)throw Error(r(153));if(t.child!==null){for(e=t.child,n=Yl(e,e.pendingProps),t.child=n,n.return=t;e.sibling!==null;)e=e.sibling,n=n.sibling=Yl(e,e.pendingProps),n.return=t;n.sibling=null}return t.child}function ic(e,t,n){switch(t.tag){case 3:Gs(t),Pa();break;case 5:yo(t);break;case 1:ea(t.type)&&ia(t);break;case 4:_o(t,t.stateNode.containerInfo);break;case 10:var r=t.type._context,i=t.memoizedProps.value;z(Ua,r._currentValue),r._currentValue=i;break;case 13:if(r=t.memoizedState,r!==null)return r.dehydrated===null?(n&t.child.childLanes)===0?(z(W,W.current&1),e=rc(e,t,n),e===null?null:e.sibling):Ys(e,t,n):(z(W,W.current&1),t.flags|=128,null);z(W,W.current&1);break;case 19:if(r=(n&t.childLanes)!==0,e.flags&128){if(r)return tc(e,t,n);t.flags|=128}if(i=t.memoizedState,i!==null&&(i.rendering=null,i.tail=null,i.lastEffect=null),z(W,W.current),r)break;return null;case 22:case 23:return t.lanes=0,Bs(e,t,n)}return rc(e,t,n)}var ac=function(e,t){for(var n=t.child;n!==null;){if(n.tag===5||n.tag===6)e.appendChild(n.stateNode);else if(n.tag!==4&&n.child!==null){n.child.return=n,n=n.child;continue}if(n===t)break;for(;n.sibling===null;){if(n.return===null||n.return===t)return;n=n.return}n.sibling.return=n.return,n=n.sibling}},oc=function(e,t,n,r){var i=e.memoizedProps;if(i!==r){e=t.stateNode,go(po.current);var o=null;switch(n){case`input`:i=Ae(e,i),r=Ae(e,r),o=[];break;case`select`:i=S({},i,{value:void 0}),r=S({},r,{value:void 0}),o=[];break;case`textarea`:i=Re(e,i),r=Re(e,r),o=[];break;default:typeof i.onClick!=`function`&&typeof r.onClick==`function`&&(e.onclick=Ti)}Qe(n,r);var s;for(u in n=null,i)if(!r.hasOwnProperty(u)&&i.hasOwnProperty(u)&&i[u]!=null){if(u===`style`){var c=i[u];for(s in c)c.hasOwnProperty(s)&&(n||={},n[s]=``)}else u!==`dangerouslySetInnerHTML`&&u!==`children`&&u!==`suppressContentEditableWarning`&&u!==`suppressHydrationWarning`&&u!==`autoFocus`&&(a.hasOwnProperty(u)?o||=[]:(o||=[]).push(u,null))}for(u in r){var l=r[u];if(c=i?.[u],r.hasOwnProperty(u)&&l!==c&&(l!=null||c!=null)){if(u===`style`){if(c){for(s in c)!c.hasOwnProperty(s)||l&&l.hasOwnProperty(s)||(n||={},n[s]=``);for(s in l)l.hasOwnProperty(s)&&c[s]!==l[s]&&(n||={},n[s]=l[s])}else n||(o||=[],o.push(u,n)),n=l}else u===`dangerouslySetInnerHTML`?(l=l?l.__html:void 0,c=c?c.__html:void 0,l!=null&&c!==l&&(o||=[]).push(u,l)):u===`children`?typeof l!=`string`&&typeof l!=`number`||(o||=[]).push(u,``+l):u!==`suppressContentEditableWarning`&&u!==`suppressHydrationWarning`&&(a.hasOwnProperty(u)?(l!=null&&u===`onScroll`&&I(`scroll`,e),o||c===l||(o=[])):(o||=[]).push(u,l))}}n&&(o||=[]).push(`style`,n);var u=o;(t.updateQueue=u)&&(t.flags|=4)}},sc=function(e,t,n,r){n!==r&&(t.flags|=4)};function cc(e,t){if(!U)switch(e.tailMode){case`hidden`:t=e.tail;for(var n=null;t!==null;)t.alternate!==null&&(n=t),t=t.sibling;n===null?e.tail=null:n.sibling=null;break;case`collapsed`:n=e.tail;for(var r=null;n!==null;)n.alternate!==null&&(r=n),n=n.sibling;r===null?t||e.tail===null?e.tail=null:e.tail.sibling=null:r.sibling=null}}function lc(e){var t=e.alternate!==null&&e.alternate.child===e.child,n=0,r=0;if(t)for(var i=e.child;i!==null;)n|=i.lanes|i.childLanes,r|=i.subtreeFlags&14680064,r|=i.flags&14680064,i.return=e,i=i.sibling;else for(i=e.child;i!==null;)n|=i.lanes|i.childLanes,r|=i.subtreeFlags,r|=i.flags,i.return=e,i=i.sibling;return e.subtreeFlags|=r,e.childLanes=n,t}function uc(e,t,n){var i=t.pendingProps;switch(Ca(t),t.tag){case 2:case 16:case 15:case 0:case 11:case 7:case 8:case 12:case 9:case 14:return lc(t),null;case 1:return ea(t.type)&&ta(),lc(t),null;case 3:return i=t.stateNode,vo(),R(V),R(B),Co(),i.pendingContext&&(i.context=i.pendingContext,i.pendingContext=null),(e===null||e.child===null)&&(Ma(t)?t.flags|=4:e===null||e.memoizedState.isDehydrated&&!(t.flags&256)||(t.flags|=1024,Ea!==null&&(yl(Ea),Ea=null))),lc(t),null;case 5:bo(t);var o=go(ho.current);if(n=t.type,e!==null&&t.stateNode!=null)oc(e,t,n,i,o),e.ref!==t.ref&&(t.flags|=512,t.flags|=2097152);else{if(!i){if(t.stateNode===null)throw Error(r(166));return lc(t),null}if(e=go(po.current),Ma(t)){i=t.stateNode,n=t.type;var s=t.memoizedProps;switch(i[Ri]=t,i[zi]=s,e=!!(t.mode&1),n){case`dialog`:I(`cancel`,i),I(`close`,i);break;case`iframe`:case`object`:case`embed`:I(`load`,i);break;case`video`:case`audio`:for(o=0;o<li.length;o++)I(li[o],i);break;case`source`:I(`error`,i);break;case`img`:case`image`:case`link`:I(`error`,i),I(`load`,i);break;case`details`:I(`toggle`,i);break;case`input`:je(i,s),I(`invalid`,i);break;case`select`:i._wrapperState={wasMultiple:!!s.multiple},I(`invalid`,i);break;case`textarea`:ze(i,s),I(`invalid`,i)}for(var c in Qe(n,s),o=null,s)if(s.hasOwnProperty(c)){var l=s[c];c===`children`?typeof l==`string`?i.textContent!==l&&(!0!==s.suppressHydrationWarning&&wi(i.textContent,l,e),o=[`children`,l]):typeof l==`number`&&i.textContent!==``+l&&(!0!==s.suppressHydrationWarning&&wi(i.textContent,l,e),o=[`children`,``+l]):a.hasOwnProperty(c)&&l!=null&&c===`onScroll`&&I(`scroll`,i)}switch(n){case`input`:De(i),Pe(i,s,!0);break;case`textarea`:De(i),Ve(i);break;case`select`:case`option`:break;default:typeof s.onClick==`function`&&(i.onclick=Ti)}i=o,t.updateQueue=i,i!==null&&(t.flags|=4)}else{c=o.nodeType===9?o:o.ownerDocument,e===`http://www.w3.org/1999/xhtml`&&(e=He(n)),e===`http://www.w3.org/1999/xhtml`?n===`script`?(e=c.createElement(`div`),e.innerHTML=`<script><\/script>`,e=e.removeChild(e.firstChild)):typeof i.is==`string`?e=c.createElement(n,{is:i.is}):(e=c.createElement(n),n===`select`&&(c=e,i.multiple?c.multiple=!0:i.size&&(c.size=i.size))):e=c.createElementNS(e,n),e[Ri]=t,e[zi]=i,ac(e,t,!1,!1),t.stateNode=e;a:{switch(c=$e(n,i),n){case`dialog`:I(`cancel`,e),I(`close`,e),o=i;break;case`iframe`:case`object`:case`embed`:I(`load`,e),o=i;break;case`video`:case`audio`:for(o=0;o<li.length;o++)I(li[o],e);o=i;break;case`source`:I(`error`,e),o=i;break;case`img`:case`image`:case`link`:I(`error`,e),I(`load`,e),o=i;break;case`details`:I(`toggle`,e),o=i;break;case`input`:je(e,i),o=Ae(e,i),I(`invalid`,e);break;case`option`:o=i;break;case`select`:e._wrapperState={wasMultiple:!!i.multiple},o=S({},i,{value:void 0}),I(`invalid`,e);break;case`textarea`:ze(e,i),o=Re(e,i),I(`invalid`,e);break;default:o=i}for(s in Qe(n,o),l=o,l)if(l.hasOwnProperty(s)){var u=l[s];s===`style`?Xe(e,u):s===`dangerouslySetInnerHTML`?(u=u?u.__html:void 0,u!=null&&Ge(e,u)):s===`children`?typeof u==`string`?(n!==`textarea`||u!==``)&&Ke(e,u):typeof u==`number`&&Ke(e,``+u):s!==`suppressContentEditableWarning`&&s!==`suppressHydrationWarning`&&s!==`autoFocus`&&(a.hasOwnProperty(s)?u!=null&&s===`onScroll`&&I(`scroll`,e):u!=null&&te(e,s,u,c))}switch(n){case`input`:De(e),Pe(e,i,!1);break;case`textarea`:De(e),Ve(e);break;case`option`:i.value!=null&&e.setAttribute(`value`,``+we(i.value));break;case`select`:e.multiple=!!i.multiple,s=i.value,s==null?i.defaultValue!=null&&Le(e,!!i.multiple,i.defaultValue,!0):Le(e,!!i.multiple,s,!1);break;default:typeof o.onClick==`function`&&(e.onclick=Ti)}switch(n){case`button`:case`input`:case`select`:case`textarea`:i=!!i.autoFocus;break a;case`img`:i=!0;break a;default:i=!1}}i&&(t.flags|=4)}t.ref!==null&&(t.flags|=512,t.flags|=2097152)}return lc(t),null;case 6:if(e&&t.stateNode!=null)sc(e,t,e.memoizedProps,i);else{if(typeof i!=`string`&&t.stateNode===null)throw Error(r(166));if(n=go(ho.current),go(po.current),Ma(t)){if(i=t.stateNode,n=t.memoizedProps,i[Ri]=t,(s=i.nodeValue!==n)&&(e=wa,e!==null))switch(e.tag){case 3:wi(i.nodeValue,n,!!(e.mode&1));break;case 5:!0!==e.memoizedProps.suppressHydrationWarning&&wi(i.nodeValue,n,!!(e.mode&1))}s&&(t.flags|=4)}else i=(n.nodeType===9?n:n.ownerDocument).createTextNode(i),i[Ri]=t,t.stateNode=i}return lc(t),null;case 13:if(R(W),i=t.memoizedState,e===null||e.memoizedState!==null&&e.memoizedState.dehydrated!==null){if(U&&Ta!==null&&t.mode&1&&!(t.flags&128))Na(),Pa(),t.flags|=98560,s=!1;else if(s=Ma(t),i!==null&&i.dehydrated!==null){if(e===null){if(!s)throw Error(r(318));if(s=t.memoizedState,s=s===null?null:s.dehydrated,!s)throw Error(r(317));s[Ri]=t}else Pa(),!(t.flags&128)&&(t.memoizedState=null),t.flags|=4;lc(t),s=!1}else Ea!==null&&(yl(Ea),Ea=null),s=!0;if(!s)return t.flags&65536?t:null}return t.flags&128?(t.lanes=n,t):(i=i!==null,i!==(e!==null&&e.memoizedState!==null)&&i&&(t.child.flags|=8192,t.mode&1&&(e===null||W.current&1?Q===0&&(Q=3):kl())),t.updateQueue!==null&&(t.flags|=4),lc(t),null);case 4:return vo(),e===null&&mi(t.stateNode.containerInfo),lc(t),null;case 10:return Ja(t.type._context),lc(t),null;case 17:return ea(t.type)&&ta(),lc(t),null;case 19:if(R(W),s=t.memoizedState,s===null)return lc(t),null;if(i=!!(t.flags&128),c=s.rendering,c===null){if(i)cc(s,!1);else{if(Q!==0||e!==null&&e.flags&128)for(e=t.child;e!==null;){if(c=xo(e),c!==null){for(t.flags|=128,cc(s,!1),i=c.updateQueue,i!==null&&(t.updateQueue=i,t.flags|=4),t.subtreeFlags=0,i=n,n=t.child;n!==null;)s=n,e=i,s.flags&=14680066,c=s.alternate,c===null?(s.childLanes=0,s.lanes=e,s.child=null,s.subtreeFlags=0,s.memoizedProps=null,s.memoizedState=null,s.updateQueue=null,s.dependencies=null,s.stateNode=null):(s.childLanes=c.childLanes,s.lanes=c.lanes,s.child=c.child,s.subtreeFlags=0,s.deletions=null,s.memoizedProps=c.memoizedProps,s.memoizedState=c.memoizedState,s.updateQueue=c.updateQueue,s.type=c.type,e=c.dependencies,s.dependencies=e===null?null:{lanes:e.lanes,firstContext:e.firstContext}),n=n.sibling;return z(W,W.current&1|2),t.child}e=e.sibling}s.tail!==null&&T()>tl&&(t.flags|=128,i=!0,cc(s,!1),t.lanes=4194304)}}else{if(!i){if(e=xo(c),e!==null){if(t.flags|=128,i=!0,n=e.updateQueue,n!==null&&(t.updateQueue=n,t.flags|=4),cc(s,!0),s.tail===null&&s.tailMode===`hidden`&&!c.alternate&&!U)return lc(t),null}else 2*T()-s.renderingStartTime>tl&&n!==1073741824&&(t.flags|=128,i=!0,cc(s,!1),t.lanes=4194304)}s.isBackwards?(c.sibling=t.child,t.child=c):(n=s.last,n===null?t.child=c:n.sibling=c,s.last=c)}return s.tail===null?(lc(t),null):(t=s.tail,s.rendering=t,s.tail=t.sibling,s.renderingStartTime=T(),t.sibling=null,n=W.current,z(W,i?n&1|2:n&1),t);case 22:case 23:return Tl(),i=t.memoizedState!==null,e!==null&&e.memoizedState!==null!==i&&(t.flags|=8192),i&&t.mode&1?Kc&1073741824&&(lc(t),t.subtreeFlags&6&&(t.flags|=8192)):lc(t),null;case 24:return null;case 25:return null}throw Error(r(156,t.tag))}function dc(e,t){switch(Ca(t),t.tag){case 1:return ea(t.type)&&ta(),e=t.flags,e&65536?(t.flags=e&-65537|128,t):null;case 3:return vo(),R(V),R(B),Co(),e=t.flags,e&65536&&!(e&128)?(t.flags=e&-65537|128,t):null;case 5:return bo(t),null;case 13:if(R(W),e=t.memoizedState,e!==null&&e.dehydrated!==null){if(t.alternate===null)throw Error(r(340));Pa()}return e=t.flags,e&65536?(t.flags=e&-65537|128,t):null;case 19:return R(W),null;case 4:return vo(),null;case 10:return Ja(t.type._context),null;case 22:case 23:return Tl(),null;case 24:return null;default:return null}}var fc=!1,pc=!1,mc=typeof WeakSet==`function`?WeakSet:Set,Y=null;function hc(e,t){var n=e.ref;if(n!==null){if(typeof n==`function`)try{n(null)}catch(n){$(e,t,n)}else n.current=null}}function gc(e,t,n){try{n()}catch(n){$(e,t,n)}}var _c=!1;function vc(e,t){if(Ei=Dn,e=Br(),Vr(e)){if(`selectionStart`in e)var n={start:e.selectionStart,end:e.selectionEnd};else a:{n=(n=e.ownerDocument)&&n.defaultView||window;var i=n.getSelection&&n.getSelection();if(i&&i.rangeCount!==0){n=i.anchorNode;var a=i.anchorOffset,o=i.focusNode;i=i.focusOffset;try{n.nodeType,o.nodeType}catch{n=null;break a}var s=0,c=-1,l=-1,u=0,d=0,f=e,p=null;b:for(;;){for(var m;f!==n||a!==0&&f.nodeType!==3||(c=s+a),f!==o||i!==0&&f.nodeType!==3||(l=s+i),f.nodeType===3&&(s+=f.nodeValue.length),(m=f.firstChild)!==null;)p=f,f=m;for(;;){if(f===e)break b;if(p===n&&++u===a&&(c=s),p===o&&++d===i&&(l=s),(m=f.nextSibling)!==null)break;f=p,p=f.parentNode}f=m}n=c===-1||l===-1?null:{start:c,end:l}}else n=null}n||={start:0,end:0}}else n=null;for(Di={focusedElem:e,selectionRange:n},Dn=!1,Y=t;Y!==null;)if(t=Y,e=t.child,t.subtreeFlags&1028&&e!==null)e.return=t,Y=e;else for(;Y!==null;){t=Y;try{var h=t.alternate;if(t.flags&1024)switch(t.tag){case 0:case 11:case 15:break;case 1:if(h!==null){var g=h.memoizedProps,_=h.memoizedState,v=t.stateNode;v.__reactInternalSnapshotBeforeUpdate=v.getSnapshotBeforeUpdate(t.elementType===t.type?g:vs(t.type,g),_)}break;case 3:var y=t.stateNode.containerInfo;y.nodeType===1?y.textContent=``:y.nodeType===9&&y.documentElement&&y.removeChild(y.documentElement);break;case 5:case 6:case 4:case 17:break;default:throw Error(r(163))}}catch(e){$(t,t.return,e)}if(e=t.sibling,e!==null){e.return=t.return,Y=e;break}Y=t.return}return h=_c,_c=!1,h}function yc(e,t,n){var r=t.updateQueue;if(r=r===null?null:r.lastEffect,r!==null){var i=r=r.next;do{if((i.tag&e)===e){var a=i.destroy;i.destroy=void 0,a!==void 0&&gc(t,n,a)}i=i.next}while(i!==r)}}function bc(e,t){if(t=t.updateQueue,t=t===null?null:t.lastEffect,t!==null){var n=t=t.next;do{if((n.tag&e)===e){var r=n.create;n.destroy=r()}n=n.next}while(n!==t)}}function xc(e){var t=e.ref;if(t!==null){var n=e.stateNode;switch(e.tag){case 5:e=n;break;default:e=n}typeof t==`function`?t(e):t.current=e}}function Sc(e){var t=e.alternate;t!==null&&(e.alternate=null,Sc(t)),e.child=null,e.deletions=null,e.sibling=null,e.tag===5&&(t=e.stateNode,t!==null&&(delete t[Ri],delete t[zi],delete t[Vi],delete t[Hi],delete t[Ui])),e.stateNode=null,e.return=null,e.dependencies=null,e.memoizedProps=null,e.memoizedState=null,e.pendingProps=null,e.stateNode=null,e.updateQueue=null}function Cc(e){return e.tag===5||e.tag===3||e.tag===4}function wc(e){a:for(;;){for(;e.sibling===null;){if(e.return===null||Cc(e.return))return null;e=e.return}for(e.sibling.return=e.return,e=e.sibling;e.tag!==5&&e.tag!==6&&e.tag!==18;){if(e.flags&2||e.child===null||e.tag===4)continue a;e.child.return=e,e=e.child}if(!(e.flags&2))return e.stateNode}}function Tc(e,t,n){var r=e.tag;if(r===5||r===6)e=e.stateNode,t?n.nodeType===8?n.parentNode.insertBefore(e,t):n.insertBefore(e,t):(n.nodeType===8?(t=n.parentNode,t.insertBefore(e,n)):(t=n,t.appendChild(e)),n=n._reactRootContainer,n!=null||t.onclick!==null||(t.onclick=Ti));else if(r!==4&&(e=e.child,e!==null))for(Tc(e,t,n),e=e.sibling;e!==null;)Tc(e,t,n),e=e.sibling}function Ec(e,t,n){var r=e.tag;if(r===5||r===6)e=e.stateNode,t?n.insertBefore(e,t):n.appendChild(e);else if(r!==4&&(e=e.child,e!==null))for(Ec(e,t,n),e=e.sibling;e!==null;)Ec(e,t,n),e=e.sibling}var Dc=null,Oc=!1;function kc(e,t,n){for(n=n.child;n!==null;)Ac(e,t,n),n=n.sibling}function Ac(e,t,n){if(Rt&&typeof Rt.onCommitFiberUnmount==`function`)try{Rt.onCommitFiberUnmount(Lt,n)}catch{}switch(n.tag){case 5:pc||hc(n,t);case 6:var r=Dc,i=Oc;Dc=null,kc(e,t,n),Dc=r,Oc=i,Dc!==null&&(Oc?(e=Dc,n=n.stateNode,e.nodeType===8?e.parentNode.removeChild(n):e.removeChild(n)):Dc.removeChild(n.stateNode));break;case 18:Dc!==null&&(Oc?(e=Dc,n=n.stateNode,e.nodeType===8?Pi(e.parentNode,n):e.nodeType===1&&Pi(e,n),Tn(e)):Pi(Dc,n.stateNode));break;case 4:r=Dc,i=Oc,Dc=n.stateNode.containerInfo,Oc=!0,kc(e,t,n),Dc=r,Oc=i;break;case 0:case 11:case 14:case 15:if(!pc&&(r=n.updateQueue,r!==null&&(r=r.lastEffect,r!==null))){i=r=r.next;do{var a=i,o=a.destroy;a=a.tag,o!==void 0&&(a&2||a&4)&&gc(n,t,o),i=i.next}while(i!==r)}kc(e,t,n);break;case 1:if(!pc&&(hc(n,t),r=n.stateNode,typeof r.componentWillUnmount==`function`))try{r.props=n.memoizedProps,r.state=n.memoizedState,r.componentWillUnmount()}catch(e){$(n,t,e)}kc(e,t,n);break;case 21:kc(e,t,n);break;case 22:n.mode&1?(pc=(r=pc)||n.memoizedState!==null,kc(e,t,n),pc=r):kc(e,t,n);break;default:kc(e,t,n)}}function jc(e){var t=e.updateQueue;if(t!==null){e.updateQueue=null;var n=e.stateNode;n===null&&(n=e.stateNode=new mc),t.forEach(function(t){var r=Hl.bind(null,e,t);n.has(t)||(n.add(t),t.then(r,r))})}}function Mc(e,t){var n=t.deletions;if(n!==null)for(var i=0;i<n.length;i++){var a=n[i];try{var o=e,s=t,c=s;a:for(;c!==null;){switch(c.tag){case 5:Dc=c.stateNode,Oc=!1;break a;case 3:Dc=c.stateNode.containerInfo,Oc=!0;break a;case 4:Dc=c.stateNode.containerInfo,Oc=!0;break a}c=c.return}if(Dc===null)throw Error(r(160));Ac(o,s,a),Dc=null,Oc=!1;var l=a.alternate;l!==null&&(l.return=null),a.return=null}catch(e){$(a,t,e)}}if(t.subtreeFlags&12854)for(t=t.child;t!==null;)Nc(t,e),t=t.sibling}function Nc(e,t){var n=e.alternate,i=e.flags;switch(e.tag){case 0:case 11:case 14:case 15:if(Mc(t,e),Pc(e),i&4){try{yc(3,e,e.return),bc(3,e)}catch(t){$(e,e.return,t)}try{yc(5,e,e.return)}catch(t){$(e,e.return,t)}}break;case 1:Mc(t,e),Pc(e),i&512&&n!==null&&hc(n,n.return);break;case 5:if(Mc(t,e),Pc(e),i&512&&n!==null&&hc(n,n.return),e.flags&32){var a=e.stateNode;try{Ke(a,``)}catch(t){$(e,e.return,t)}}if(i&4&&(a=e.stateNode,a!=null)){var o=e.memoizedProps,s=n===null?o:n.memoizedProps,c=e.type,l=e.updateQueue;if(e.updateQueue=null,l!==null)try{c===`input`&&o.type===`radio`&&o.name!=null&&Me(a,o),$e(c,s);var u=$e(c,o);for(s=0;s<l.length;s+=2){var d=l[s],f=l[s+1];d===`style`?Xe(a,f):d===`dangerouslySetInnerHTML`?Ge(a,f):d===`children`?Ke(a,f):te(a,d,f,u)}switch(c){case`input`:Ne(a,o);break;case`textarea`:Be(a,o);break;case`select`:var p=a._wrapperState.wasMultiple;a._wrapperState.wasMultiple=!!o.multiple;var m=o.value;m==null?p!==!!o.multiple&&(o.defaultValue==null?Le(a,!!o.multiple,o.multiple?[]:``,!1):Le(a,!!o.multiple,o.defaultValue,!0)):Le(a,!!o.multiple,m,!1)}a[zi]=o}catch(t){$(e,e.return,t)}}break;case 6:if(Mc(t,e),Pc(e),i&4){if(e.stateNode===null)throw Error(r(162));a=e.stateNode,o=e.memoizedProps;try{a.nodeValue=o}catch(t){$(e,e.return,t)}}break;case 3:if(Mc(t,e),Pc(e),i&4&&n!==null&&n.memoizedState.isDehydrated)try{Tn(t.containerInfo)}catch(t){$(e,e.return,t)}break;case 4:Mc(t,e),Pc(e);break;case 13:Mc(t,e),Pc(e),a=e.child,a.flags&8192&&(o=a.memoizedState!==null,a.stateNode.isHidden=o,!o||a.alternate!==null&&a.alternate.memoizedState!==null||(el=T())),i&4&&jc(e);break;case 22:if(d=n!==null&&n.memoizedState!==null,e.mode&1?(pc=(u=pc)||d,Mc(t,e),pc=u):Mc(t,e),Pc(e),i&8192){if(u=e.memoizedState!==null,(e.stateNode.isHidden=u)&&!d&&e.mode&1)for(Y=e,d=e.child;d!==null;){for(f=Y=d;Y!==null;){switch(p=Y,m=p.child,p.tag){case 0:case 11:case 14:case 15:yc(4,p,p.return);break;case 1:hc(p,p.return);var h=p.stateNode;if(typeof h.componentWillUnmount==`function`){i=p,n=p.return;try{t=i,h.props=t.memoizedProps,h.state=t.memoizedState,h.componentWillUnmount()}catch(e){$(i,n,e)}}break;case 5:hc(p,p.return);break;case 22:if(p.memoizedState!==null){Rc(f);continue}}m===null?Rc(f):(m.return=p,Y=m)}d=d.sibling}a:for(d=null,f=e;;){if(f.tag===5){if(d===null){d=f;try{a=f.stateNode,u?(o=a.style,typeof o.setProperty==`function`?o.setProperty(`display`,`none`,`important`):o.display=`none`):(c=f.stateNode,l=f.memoizedProps.style,s=l!=null&&l.hasOwnProperty(`display`)?l.display:null,c.style.display=Ye(`display`,s))}catch(t){$(e,e.return,t)}}}else if(f.tag===6){if(d===null)try{f.stateNode.nodeValue=u?``:f.memoizedProps}catch(t){$(e,e.return,t)}}else if((f.tag!==22&&f.tag!==23||f.memoizedState===null||f===e)&&f.child!==null){f.child.return=f,f=f.child;continue}if(f===e)break a;for(;f.sibling===null;){if(f.return===null||f.return===e)break a;d===f&&(d=null),f=f.return}d===f&&(d=null),f.sibling.return=f.return,f=f.sibling}}break;case 19:Mc(t,e),Pc(e),i&4&&jc(e);break;case 21:break;default:Mc(t,e),Pc(e)}}function Pc(e){var t=e.flags;if(t&2){try{a:{for(var n=e.return;n!==null;){if(Cc(n)){var i=n;break a}n=n.return}throw Error(r(160))}switch(i.tag){case 5:var a=i.stateNode;i.flags&32&&(Ke(a,``),i.flags&=-33),Ec(e,wc(e),a);break;case 3:case 4:var o=i.stateNode.containerInfo;Tc(e,wc(e),o);break;default:throw Error(r(161))}}catch(t){$(e,e.return,t)}e.flags&=-3}t&4096&&(e.flags&=-4097)}function Fc(e,t,n){Y=e,Ic(e,t,n)}function Ic(e,t,n){for(var r=!!(e.mode&1);Y!==null;){var i=Y,a=i.child;if(i.tag===22&&r){var o=i.memoizedState!==null||fc;if(!o){var s=i.alternate,c=s!==null&&s.memoizedState!==null||pc;s=fc;var l=pc;if(fc=o,(pc=c)&&!l)for(Y=i;Y!==null;)o=Y,c=o.child,o.tag===22&&o.memoizedState!==null||c===null?zc(i):(c.return=o,Y=c);for(;a!==null;)Y=a,Ic(a,t,n),a=a.sibling;Y=i,fc=s,pc=l}Lc(e,t,n)}else i.subtreeFlags&8772&&a!==null?(a.return=i,Y=a):Lc(e,t,n)}}function Lc(e){for(;Y!==null;){var t=Y;if(t.flags&8772){var n=t.alternate;try{if(t.flags&8772)switch(t.tag){case 0:case 11:case 15:pc||bc(5,t);break;case 1:var i=t.stateNode;if(t.flags&4&&!pc){if(n===null)i.componentDidMount();else{var a=t.elementType===t.type?n.memoizedProps:vs(t.type,n.memoizedProps);i.componentDidUpdate(a,n.memoizedState,i.__reactInternalSnapshotBeforeUpdate)}}var o=t.updateQueue;o!==null&&uo(t,o,i);break;case 3:var s=t.updateQueue;if(s!==null){if(n=null,t.child!==null)switch(t.child.tag){case 5:n=t.child.stateNode;break;case 1:n=t.child.stateNode}uo(t,s,n)}break;case 5:var c=t.stateNode;if(n===null&&t.flags&4){n=c;var l=t.memoizedProps;switch(t.type){case`button`:case`input`:case`select`:case`textarea`:l.autoFocus&&n.focus();break;case`img`:l.src&&(n.src=l.src)}}break;case 6:break;case 4:break;case 12:break;case 13:if(t.memoizedState===null){var u=t.alternate;if(u!==null){var d=u.memoizedState;if(d!==null){var f=d.dehydrated;f!==null&&Tn(f)}}}break;case 19:case 17:case 21:case 22:case 23:case 25:break;default:throw Error(r(163))}pc||t.flags&512&&xc(t)}catch(e){$(t,t.return,e)}}if(t===e){Y=null;break}if(n=t.sibling,n!==null){n.return=t.return,Y=n;break}Y=t.return}}function Rc(e){for(;Y!==null;){var t=Y;if(t===e){Y=null;break}var n=t.sibling;if(n!==null){n.return=t.return,Y=n;break}Y=t.return}}function zc(e){for(;Y!==null;){var t=Y;try{switch(t.tag){case 0:case 11:case 15:var n=t.return;try{bc(4,t)}catch(e){$(t,n,e)}break;case 1:var r=t.stateNode;if(typeof r.componentDidMount==`function`){var i=t.return;try{r.componentDidMount()}catch(e){$(t,i,e)}}var a=t.return;try{xc(t)}catch(e){$(t,a,e)}break;case 5:var o=t.return;try{xc(t)}catch(e){$(t,o,e)}}}catch(e){$(t,t.return,e)}if(t===e){Y=null;break}var s=t.sibling;if(s!==null){s.return=t.return,Y=s;break}Y=t.return}}var Bc=Math.ceil,Vc=ne.ReactCurrentDispatcher,Hc=ne.ReactCurrentOwner,Uc=ne.ReactCurrentBatchConfig,X=0,Wc=null,Z=null,Gc=0,Kc=0,qc=Xi(0),Q=0,Jc=null,Yc=0,Xc=0,Zc=0,Qc=null,$c=null,el=0,tl=1/0,nl=null,rl=!1,il=null,al=null,ol=!1,sl=null,cl=0,ll=0,ul=null,dl=-1,fl=0;function pl(){return X&6?T():dl===-1?dl=T():dl}function ml(e){return e.mode&1?X&2&&Gc!==0?Gc&-Gc:Ia.transition===null?(e=D,e===0&&(e=window.event,e=e===void 0?16:Mn(e.type)),e):(fl===0&&(fl=Xt()),fl):1}function hl(e,t,n,i){if(50<ll)throw ll=0,ul=null,Error(r(185));Qt(e,n,i),X&2&&e===Wc||(e===Wc&&(!(X&2)&&(Xc|=n),Q===4&&xl(e,Gc)),gl(e,i),n===1&&X===0&&!(t.mode&1)&&(tl=T()+500,sa&&da()))}function gl(e,t){var n=e.callbackNode;Jt(e,t);var r=Kt(e,e===Wc?Gc:0);if(r===0)n!==null&&Ot(n),e.callbackNode=null,e.callbackPriority=0;else if(t=r&-r,e.callbackPriority!==t){if(n!=null&&Ot(n),t===1)e.tag===0?ua(Sl.bind(null,e)):la(Sl.bind(null,e)),Mi(function(){!(X&6)&&da()}),n=null;else{switch(tn(r)){case 1:n=Mt;break;case 4:n=Nt;break;case 16:n=Pt;break;case 536870912:n=It;break;default:n=Pt}n=Wl(n,_l.bind(null,e))}e.callbackPriority=t,e.callbackNode=n}}function _l(e,t){if(dl=-1,fl=0,X&6)throw Error(r(327));var n=e.callbackNode;if(Ll()&&e.callbackNode!==n)return null;var i=Kt(e,e===Wc?Gc:0);if(i===0)return null;if(i&30||(i&e.expiredLanes)!==0||t)t=Al(e,i);else{t=i;var a=X;X|=2;var o=Ol();(Wc!==e||Gc!==t)&&(nl=null,tl=T()+500,El(e,t));do try{Ml();break}catch(t){Dl(e,t)}while(1);qa(),Vc.current=o,X=a,Z===null?(Wc=null,Gc=0,t=Q):t=0}if(t!==0){if(t===2&&(a=Yt(e),a!==0&&(i=a,t=vl(e,a))),t===1)throw n=Jc,El(e,0),xl(e,i),gl(e,T()),n;if(t===6)xl(e,i);else{if(a=e.current.alternate,!(i&30)&&!bl(a)&&(t=Al(e,i),t===2&&(o=Yt(e),o!==0&&(i=o,t=vl(e,o))),t===1))throw n=Jc,El(e,0),xl(e,i),gl(e,T()),n;switch(e.finishedWork=a,e.finishedLanes=i,t){case 0:case 1:throw Error(r(345));case 2:Fl(e,$c,nl);break;case 3:if(xl(e,i),(i&130023424)===i&&(t=el+500-T(),10<t)){if(Kt(e,0)!==0)break;if(a=e.suspendedLanes,(a&i)!==i){pl(),e.pingedLanes|=e.suspendedLanes&a;break}e.timeoutHandle=ki(Fl.bind(null,e,$c,nl),t);break}Fl(e,$c,nl);break;case 4:if(xl(e,i),(i&4194240)===i)break;for(t=e.eventTimes,a=-1;0<i;){var s=31-Bt(i);o=1<<s,s=t[s],s>a&&(a=s),i&=~o}if(i=a,i=T()-i,i=(120>i?120:480>i?480:1080>i?1080:1920>i?1920:3e3>i?3e3:4320>i?4320:1960*Bc(i/1960))-i,10<i){e.timeoutHandle=ki(Fl.bind(null,e,$c,nl),i);break}Fl(e,$c,nl);break;case 5:Fl(e,$c,nl);break;default:throw Error(r(329))}}}return gl(e,T()),e.callbackNode===n?_l.bind(null,e):null}function vl(e,t){var n=Qc;return e.current.memoizedState.isDehydrated&&(El(e,t).flags|=256),e=Al(e,t),e!==2&&(t=$c,$c=n,t!==null&&yl(t)),e}function yl(e){$c===null?$c=e:$c.push.apply($c,e)}function bl(e){for(var t=e;;){if(t.flags&16384){var n=t.updateQueue;if(n!==null&&(n=n.stores,n!==null))for(var r=0;r<n.length;r++){var i=n[r],a=i.getSnapshot;i=i.value;try{if(!Fr(a(),i))return!1}catch{return!1}}}if(n=t.child,t.subtreeFlags&16384&&n!==null)n.return=t,t=n;else{if(t===e)break;for(;t.sibling===null;){if(t.return===null||t.return===e)return!0;t=t.return}t.sibling.return=t.return,t=t.sibling}}return!0}function xl(e,t){for(t&=~Zc,t&=~Xc,e.suspendedLanes|=t,e.pingedLanes&=~t,e=e.expirationTimes;0<t;){var n=31-Bt(t),r=1<<n;e[n]=-1,t&=~r}}function Sl(e){if(X&6)throw Error(r(327));Ll();var t=Kt(e,0);if(!(t&1))return gl(e,T()),null;var n=Al(e,t);if(e.tag!==0&&n===2){var i=Yt(e);i!==0&&(t=i,n=vl(e,i))}if(n===1)throw n=Jc,El(e,0),xl(e,t),gl(e,T()),n;if(n===6)throw Error(r(345));return e.finishedWork=e.current.alternate,e.finishedLanes=t,Fl(e,$c,nl),gl(e,T()),null}function Cl(e,t){var n=X;X|=1;try{return e(t)}finally{X=n,X===0&&(tl=T()+500,sa&&da())}}function wl(e){sl!==null&&sl.tag===0&&!(X&6)&&Ll();var t=X;X|=1;var n=Uc.transition,r=D;try{if(Uc.transition=null,D=1,e)return e()}finally{D=r,Uc.transition=n,X=t,!(X&6)&&da()}}function Tl(){Kc=qc.current,R(qc)}function El(e,t){e.finishedWork=null,e.finishedLanes=0;var n=e.timeoutHandle;if(n!==-1&&(e.timeoutHandle=-1,Ai(n)),Z!==null)for(n=Z.return;n!==null;){var r=n;switch(Ca(r),r.tag){case 1:r=r.type.childContextTypes,r!=null&&ta();break;case 3:vo(),R(V),R(B),Co();break;case 5:bo(r);break;case 4:vo();break;case 13:R(W);break;case 19:R(W);break;case 10:Ja(r.type._context);break;case 22:case 23:Tl()}n=n.return}if(Wc=e,Z=e=Yl(e.current,null),Gc=Kc=t,Q=0,Jc=null,Zc=Xc=Yc=0,$c=Qc=null,Qa!==null){for(t=0;t<Qa.length;t++)if(n=Qa[t],r=n.interleaved,r!==null){n.interleaved=null;var i=r.next,a=n.pending;if(a!==null){var o=a.next;a.next=i,r.next=o}n.pending=r}Qa=null}return e}function Dl(e,t){do{var n=Z;try{if(qa(),wo.current=ms,Do){for(var i=G.memoizedState;i!==null;){var a=i.queue;a!==null&&(a.pending=null),i=i.next}Do=!1}if(Eo=0,q=K=G=null,Oo=!1,ko=0,Hc.current=null,n===null||n.return===null){Q=1,Jc=t,Z=null;break}a:{var o=e,s=n.return,c=n,l=t;if(t=Gc,c.flags|=32768,typeof l==`object`&&l&&typeof l.then==`function`){var u=l,d=c,f=d.tag;if(!(d.mode&1)&&(f===0||f===11||f===15)){var p=d.alternate;p?(d.updateQueue=p.updateQueue,d.memoizedState=p.memoizedState,d.lanes=p.lanes):(d.updateQueue=null,d.memoizedState=null)}var m=Ms(s);if(m!==null){m.flags&=-257,Ns(m,s,c,o,t),m.mode&1&&js(o,u,t),t=m,l=u;var h=t.updateQueue;if(h===null){var g=new Set;g.add(l),t.updateQueue=g}else h.add(l);break a}if(!(t&1)){js(o,u,t),kl();break a}l=Error(r(426))}else if(U&&c.mode&1){var _=Ms(s);if(_!==null){!(_.flags&65536)&&(_.flags|=256),Ns(_,s,c,o,t),Fa(Ts(l,c));break a}}o=l=Ts(l,c),Q!==4&&(Q=2),Qc===null?Qc=[o]:Qc.push(o),o=s;do{switch(o.tag){case 3:o.flags|=65536,t&=-t,o.lanes|=t;var v=ks(o,l,t);co(o,v);break a;case 1:c=l;var y=o.type,b=o.stateNode;if(!(o.flags&128)&&(typeof y.getDerivedStateFromError==`function`||b!==null&&typeof b.componentDidCatch==`function`&&(al===null||!al.has(b)))){o.flags|=65536,t&=-t,o.lanes|=t;var ee=As(o,c,t);co(o,ee);break a}}o=o.return}while(o!==null)}Pl(n)}catch(e){t=e,Z===n&&n!==null&&(Z=n=n.return);continue}break}while(1)}function Ol(){var e=Vc.current;return Vc.current=ms,e===null?ms:e}function kl(){(Q===0||Q===3||Q===2)&&(Q=4),Wc===null||!(Yc&268435455)&&!(Xc&268435455)||xl(Wc,Gc)}function Al(e,t){var n=X;X|=2;var i=Ol();(Wc!==e||Gc!==t)&&(nl=null,El(e,t));do try{jl();break}catch(t){Dl(e,t)}while(1);if(qa(),X=n,Vc.current=i,Z!==null)throw Error(r(261));return Wc=null,Gc=0,Q}function jl(){for(;Z!==null;)Nl(Z)}function Ml(){for(;Z!==null&&!kt();)Nl(Z)}function Nl(e){var t=Ul(e.alternate,e,Kc);e.memoizedProps=e.pendingProps,t===null?Pl(e):Z=t,Hc.current=null}function Pl(e){var t=e;do{var n=t.alternate;if(e=t.return,t.flags&32768){if(n=dc(n,t),n!==null){n.flags&=32767,Z=n;return}if(e!==null)e.flags|=32768,e.subtreeFlags=0,e.deletions=null;else{Q=6,Z=null;return}}else if(n=uc(n,t,Kc),n!==null){Z=n;return}if(t=t.sibling,t!==null){Z=t;return}Z=t=e}while(t!==null);Q===0&&(Q=5)}function Fl(e,t,n){var r=D,i=Uc.transition;try{Uc.transition=null,D=1,Il(e,t,n,r)}finally{Uc.transition=i,D=r}return null}function Il(e,t,n,i){do Ll();while(sl!==null);if(X&6)throw Error(r(327));n=e.finishedWork;var a=e.finishedLanes;if(n===null)return null;if(e.finishedWork=null,e.finishedLanes=0,n===e.current)throw Error(r(177));e.callbackNode=null,e.callbackPriority=0;var o=n.lanes|n.childLanes;if($t(e,o),e===Wc&&(Z=Wc=null,Gc=0),!(n.subtreeFlags&2064)&&!(n.flags&2064)||ol||(ol=!0,Wl(Pt,function(){return Ll(),null})),o=!!(n.flags&15990),n.subtreeFlags&15990||o){o=Uc.transition,Uc.transition=null;var s=D;D=1;var c=X;X|=4,Hc.current=null,vc(e,n),Nc(n,e),Hr(Di),Dn=!!Ei,Di=Ei=null,e.current=n,Fc(n,e,a),At(),X=c,D=s,Uc.transition=o}else e.current=n;if(ol&&(ol=!1,sl=e,cl=a),o=e.pendingLanes,o===0&&(al=null),zt(n.stateNode,i),gl(e,T()),t!==null)for(i=e.onRecoverableError,n=0;n<t.length;n++)a=t[n],i(a.value,{componentStack:a.stack,digest:a.digest});if(rl)throw rl=!1,e=il,il=null,e;return cl&1&&e.tag!==0&&Ll(),o=e.pendingLanes,o&1?e===ul?ll++:(ll=0,ul=e):ll=0,da(),null}function Ll(){if(sl!==null){var e=tn(cl),t=Uc.transition,n=D;try{if(Uc.transition=null,D=16>e?16:e,sl===null)var i=!1;else{if(e=sl,sl=null,cl=0,X&6)throw Error(r(331));var a=X;for(X|=4,Y=e.current;Y!==null;){var o=Y,s=o.child;if(Y.flags&16){var c=o.deletions;if(c!==null){for(var l=0;l<c.length;l++){var u=c[l];for(Y=u;Y!==null;){var d=Y;switch(d.tag){case 0:case 11:case 15:yc(8,d,o)}var f=d.child;if(f!==null)f.return=d,Y=f;else for(;Y!==null;){d=Y;var p=d.sibling,m=d.return;if(Sc(d),d===u){Y=null;break}if(p!==null){p.return=m,Y=p;break}Y=m}}}var h=o.alternate;if(h!==null){var g=h.child;if(g!==null){h.child=null;do{var _=g.sibling;g.sibling=null,g=_}while(g!==null)}}Y=o}}if(o.subtreeFlags&2064&&s!==null)s.return=o,Y=s;else b:for(;Y!==null;){if(o=Y,o.flags&2048)switch(o.tag){case 0:case 11:case 15:yc(9,o,o.return)}var v=o.sibling;if(v!==null){v.return=o.return,Y=v;break b}Y=o.return}}var y=e.current;for(Y=y;Y!==null;){s=Y;var b=s.child;if(s.subtreeFlags&2064&&b!==null)b.return=s,Y=b;else b:for(s=y;Y!==null;){if(c=Y,c.flags&2048)try{switch(c.tag){case 0:case 11:case 15:bc(9,c)}}catch(e){$(c,c.return,e)}if(c===s){Y=null;break b}var ee=c.sibling;if(ee!==null){ee.return=c.return,Y=ee;break b}Y=c.return}}if(X=a,da(),Rt&&typeof Rt.onPostCommitFiberRoot==`function`)try{Rt.onPostCommitFiberRoot(Lt,e)}catch{}i=!0}return i}finally{D=n,Uc.transition=t}}return!1}function Rl(e,t,n){t=Ts(n,t),t=ks(e,t,1),e=oo(e,t,1),t=pl(),e!==null&&(Qt(e,1,t),gl(e,t))}function $(e,t,n){if(e.tag===3)Rl(e,e,n);else for(;t!==null;){if(t.tag===3){Rl(t,e,n);break}if(t.tag===1){var r=t.stateNode;if(typeof t.type.getDerivedStateFromError==`function`||typeof r.componentDidCatch==`function`&&(al===null||!al.has(r))){e=Ts(n,e),e=As(t,e,1),t=oo(t,e,1),e=pl(),t!==null&&(Qt(t,1,e),gl(t,e));break}}t=t.return}}function zl(e,t,n){var r=e.pingCache;r!==null&&r.delete(t),t=pl(),e.pingedLanes|=e.suspendedLanes&n,Wc===e&&(Gc&n)===n&&(Q===4||Q===3&&(Gc&130023424)===Gc&&500>T()-el?El(e,0):Zc|=n),gl(e,t)}function Bl(e,t){t===0&&(e.mode&1?(t=E,E<<=1,!(E&130023424)&&(E=4194304)):t=1);var n=pl();e=to(e,t),e!==null&&(Qt(e,t,n),gl(e,n))}function Vl(e){var t=e.memoizedState,n=0;t!==null&&(n=t.retryLane),Bl(e,n)}function Hl(e,t){var n=0;switch(e.tag){case 13:var i=e.stateNode,a=e.memoizedState;a!==null&&(n=a.retryLane);break;case 19:i=e.stateNode;break;default:throw Error(r(314))}i!==null&&i.delete(t),Bl(e,n)}var Ul=function(e,t,n){if(e!==null){if(e.memoizedProps!==t.pendingProps||V.current)Fs=!0;else{if((e.lanes&n)===0&&!(t.flags&128))return Fs=!1,ic(e,t,n);Fs=!!(e.flags&131072)}}else Fs=!1,U&&t.flags&1048576&&xa(t,H,t.index);switch(t.lanes=0,t.tag){case 2:var i=t.type;nc(e,t),e=t.pendingProps;var a=$i(t,B.current);Xa(t,n),a=No(null,t,i,e,a,n);var o=Po();return t.flags|=1,typeof a==`object`&&a&&typeof a.render==`function`&&a.$$typeof===void 0?(t.tag=1,t.memoizedState=null,t.updateQueue=null,ea(i)?(o=!0,ia(t)):o=!1,t.memoizedState=a.state!==null&&a.state!==void 0?a.state:null,ro(t),a.updater=bs,t.stateNode=a,a._reactInternals=t,ws(t,i,e,n),t=Ws(null,t,i,!0,o,n)):(t.tag=0,U&&o&&Sa(t),Is(null,t,a,n),t=t.child),t;case 16:i=t.elementType;a:{switch(nc(e,t),e=t.pendingProps,a=i._init,i=a(i._payload),t.type=i,a=t.tag=Jl(i),e=vs(i,e),a){case 0:t=Hs(null,t,i,e,n);break a;case 1:t=Us(null,t,i,e,n);break a;case 11:t=Ls(null,t,i,e,n);break a;case 14:t=Rs(null,t,i,vs(i.type,e),n);break a}throw Error(r(306,i,``))}return t;case 0:return i=t.type,a=t.pendingProps,a=t.elementType===i?a:vs(i,a),Hs(e,t,i,a,n);case 1:return i=t.type,a=t.pendingProps,a=t.elementType===i?a:vs(i,a),Us(e,t,i,a,n);case 3:a:{if(Gs(t),e===null)throw Error(r(387));i=t.pendingProps,o=t.memoizedState,a=o.element,io(e,t),lo(t,i,null,n);var s=t.memoizedState;if(i=s.element,o.isDehydrated){if(o={element:i,isDehydrated:!1,cache:s.cache,pendingSuspenseBoundaries:s.pendingSuspenseBoundaries,transitions:s.transitions},t.updateQueue.baseState=o,t.memoizedState=o,t.flags&256){a=Ts(Error(r(423)),t),t=Ks(e,t,i,n,a);break a}if(i!==a){a=Ts(Error(r(424)),t),t=Ks(e,t,i,n,a);break a}for(Ta=Fi(t.stateNode.containerInfo.firstChild),wa=t,U=!0,Ea=null,n=Ha(t,null,i,n),t.child=n;n;)n.flags=n.flags&-3|4096,n=n.sibling}else{if(Pa(),i===a){t=rc(e,t,n);break a}Is(e,t,i,n)}t=t.child}return t;case 5:return yo(t),e===null&&Aa(t),i=t.type,a=t.pendingProps,o=e===null?null:e.memoizedProps,s=a.children,Oi(i,a)?s=null:o!==null&&Oi(i,o)&&(t.flags|=32),Vs(e,t),Is(e,t,s,n),t.child;case 6:return e===null&&Aa(t),null;case 13:return Ys(e,t,n);case 4:return _o(t,t.stateNode.containerInfo),i=t.pendingProps,e===null?t.child=Va(t,null,i,n):Is(e,t,i,n),t.child;case 11:return i=t.type,a=t.pendingProps,a=t.elementType===i?a:vs(i,a),Ls(e,t,i,a,n);case 7:return Is(e,t,t.pendingProps,n),t.child;case 8:return Is(e,t,t.pendingProps.children,n),t.child;case 12:return Is(e,t,t.pendingProps.children,n),t.child;case 10:a:{if(i=t.type._context,a=t.pendingProps,o=t.memoizedProps,s=a.value,z(Ua,i._currentValue),i._currentValue=s,o!==null){if(Fr(o.value,s)){if(o.children===a.children&&!V.current){t=rc(e,t,n);break a}}else for(o=t.child,o!==null&&(o.return=t);o!==null;){var c=o.dependencies;if(c!==null){s=o.child;for(var l=c.firstContext;l!==null;){if(l.context===i){if(o.tag===1){l=ao(-1,n&-n),l.tag=2;var u=o.updateQueue;if(u!==null){u=u.shared;var d=u.pending;d===null?l.next=l:(l.next=d.next,d.next=l),u.pending=l}}o.lanes|=n,l=o.alternate,l!==null&&(l.lanes|=n),Ya(o.return,n,t),c.lanes|=n;break}l=l.next}}else if(o.tag===10)s=o.type===t.type?null:o.child;else if(o.tag===18){if(s=o.return,s===null)throw Error(r(341));s.lanes|=n,c=s.alternate,c!==null&&(c.lanes|=n),Ya(s,n,t),s=o.sibling}else s=o.child;if(s!==null)s.return=o;else for(s=o;s!==null;){if(s===t){s=null;break}if(o=s.sibling,o!==null){o.return=s.return,s=o;break}s=s.return}o=s}}Is(e,t,a.children,n),t=t.child}return t;case 9:return a=t.type,i=t.pendingProps.children,Xa(t,n),a=Za(a),i=i(a),t.flags|=1,Is(e,t,i,n),t.child;case 14:return i=t.type,a=vs(i,t.pendingProps),a=vs(i.type,a),Rs(e,t,i,a,n);case 15:return zs(e,t,t.type,t.pendingProps,n);case 17:return i=t.type,a=t.pendingProps,a=t.elementType===i?a:vs(i,a),nc(e,t),t.tag=1,ea(i)?(e=!0,ia(t)):e=!1,Xa(t,n),Ss(t,i,a),ws(t,i,a,n),Ws(null,t,i,!0,e,n);case 19:return tc(e,t,n);case 22:return Bs(e,t,n)}throw Error(r(156,t.tag))};function Wl(e,t){return Dt(e,t)}function Gl(e,t,n,r){this.tag=e,this.key=n,this.sibling=this.child=this.return=this.stateNode=this.type=this.elementType=null,this.index=0,this.ref=null,this.pendingProps=t,this.dependencies=this.memoizedState=this.updateQueue=this.memoizedProps=null,this.mode=r,this.subtreeFlags=this.flags=0,this.deletions=null,this.childLanes=this.lanes=0,this.alternate=null}function Kl(e,t,n,r){return new Gl(e,t,n,r)}function ql(e){return e=e.prototype,!(!e||!e.isReactComponent)}function Jl(e){if(typeof e==`function`)return+!!ql(e);if(e!=null){if(e=e.$$typeof,e===ue)return 11;if(e===x)return 14}return 2}function Yl(e,t){var n=e.alternate;return n===null?(n=Kl(e.tag,t,e.key,e.mode),n.elementType=e.elementType,n.type=e.type,n.stateNode=e.stateNode,n.alternate=e,e.alternate=n):(n.pendingProps=t,n.type=e.type,n.flags=0,n.subtreeFlags=0,n.deletions=null),n.flags=e.flags&14680064,n.childLanes=e.childLanes,n.lanes=e.lanes,n.child=e.child,n.memoizedProps=e.memoizedProps,n.memoizedState=e.memoizedState,n.updateQueue=e.updateQueue,t=e.dependencies,n.dependencies=t===null?null:{lanes:t.lanes,firstContext:t.firstContext},n.sibling=e.sibling,n.index=e.index,n.ref=e.ref,n}function Xl(e,t,n,i,a,o){var s=2;if(i=e,typeof e==`function`)ql(e)&&(s=1);else if(typeof e==`string`)s=5;else a:switch(e){case ae:return Zl(n.children,a,o,t);case oe:s=8,a|=8;break;case se:return e=Kl(12,n,t,a|2),e.elementType=se,e.lanes=o,e;case de:return e=Kl(13,n,t,a),e.elementType=de,e.lanes=o,e;case fe:return e=Kl(19,n,t,a),e.elementType=fe,e.lanes=o,e;case me:return Ql(n,a,o,t);default:if(typeof e==`object`&&e)switch(e.$$typeof){case ce:s=10;break a;case le:s=9;break a;case ue:s=11;break a;case x:s=14;break a;case pe:s=16,i=null;break a}throw Error(r(130,e==null?e:typeof e,``))}return t=Kl(s,n,t,a),t.elementType=e,t.type=i,t.lanes=o,t}function Zl(e,t,n,r){return e=Kl(7,e,r,t),e.lanes=n,e}function Ql(e,t,n,r){return e=Kl(22,e,r,t),e.elementType=me,e.lanes=n,e.stateNode={isHidden:!1},e}function $l(e,t,n){return e=Kl(6,e,null,t),e.lanes=n,e}function eu(e,t,n){return t=Kl(4,e.children===null?[]:e.children,e.key,t),t.lanes=n,t.stateNode={containerInfo:e.containerInfo,pendingChildren:null,implementation:e.implementation},t}function tu(e,t,n,r,i){this.tag=t,this.containerInfo=e,this.finishedWork=this.pingCache=this.current=this.pendingChildren=null,this.timeoutHandle=-1,this.callbackNode=this.pendingContext=this.context=null,this.callbackPriority=0,this.eventTimes=Zt(0),this.expirationTimes=Zt(-1),this.entangledLanes=this.finishedLanes=this.mutableReadLanes=this.expiredLanes=this.pingedLanes=this.suspendedLanes=this.pendingLanes=0,this.entanglements=Zt(0),this.identifierPrefix=r,this.onRecoverableError=i,this.mutableSourceEagerHydrationData=null}function nu(e,t,n,r,i,a,o,s,c){return e=new tu(e,t,n,s,c),t===1?(t=1,!0===a&&(t|=8)):t=0,a=Kl(3,null,null,t),e.current=a,a.stateNode=e,a.memoizedState={element:r,isDehydrated:n,cache:null,transitions:null,pendingSuspenseBoundaries:null},ro(a),e}function ru(e,t,n){var r=3<arguments.length&&arguments[3]!==void 0?arguments[3]:null;return{$$typeof:ie,key:r==null?null:``+r,children:e,containerInfo:t,implementation:n}}function iu(e){if(!e)return Zi;e=e._reactInternals;a:{if(Ct(e)!==e||e.tag!==1)throw Error(r(170));var t=e;do{switch(t.tag){case 3:t=t.stateNode.context;break a;case 1:if(ea(t.type)){t=t.stateNode.__reactInternalMemoizedMergedChildContext;break a}}t=t.return}while(t!==null);throw Error(r(171))}if(e.tag===1){var n=e.type;if(ea(n))return ra(e,n,t)}return t}function au(e,t,n,r,i,a,o,s,c){return e=nu(n,r,!0,e,i,a,o,s,c),e.context=iu(null),n=e.current,r=pl(),i=ml(n),a=ao(r,i),a.callback=t??null,oo(n,a,i),e.current.lanes=i,Qt(e,i,r),gl(e,r),e}function ou(e,t,n,r){var i=t.current,a=pl(),o=ml(i);return n=iu(n),t.context===null?t.context=n:t.pendingContext=n,t=ao(a,o),t.payload={element:e},r=r===void 0?null:r,r!==null&&(t.callback=r),e=oo(i,t,o),e!==null&&(hl(e,i,o,a),so(e,i,o)),o}function su(e){if(e=e.current,!e.child)return null;switch(e.child.tag){case 5:return e.child.stateNode;default:return e.child.stateNode}}function cu(e,t){if(e=e.memoizedState,e!==null&&e.dehydrated!==null){var n=e.retryLane;e.retryLane=n!==0&&n<t?n:t}}function lu(e,t){cu(e,t),(e=e.alternate)&&cu(e,t)}function uu(){return null}var du=typeof reportError==`function`?reportError:function(e){console.error(e)};function fu(e){this._internalRoot=e}pu.prototype.render=fu.prototype.render=function(e){var t=this._internalRoot;if(t===null)throw Error(r(409));ou(e,t,null,null)},pu.prototype.unmount=fu.prototype.unmount=function(){var e=this._internalRoot;if(e!==null){this._internalRoot=null;var t=e.containerInfo;wl(function(){ou(null,e,null,null)}),t[Bi]=null}};function pu(e){this._internalRoot=e}pu.prototype.unstable_scheduleHydration=function(e){if(e){var t=on();e={blockedOn:null,target:e,priority:t};for(var n=0;n<hn.length&&t!==0&&t<hn[n].priority;n++);hn.splice(n,0,e),n===0&&bn(e)}};function mu(e){return!(!e||e.nodeType!==1&&e.nodeType!==9&&e.nodeType!==11)}function hu(e){return!(!e||e.nodeType!==1&&e.nodeType!==9&&e.nodeType!==11&&(e.nodeType!==8||e.nodeValue!==` react-mount-point-unstable `))}function gu(){}function _u(e,t,n,r,i){if(i){if(typeof r==`function`){var a=r;r=function(){var e=su(o);a.call(e)}}var o=au(t,r,e,0,null,!1,!1,``,gu);return e._reactRootContainer=o,e[Bi]=o.current,mi(e.nodeType===8?e.parentNode:e),wl(),o}for(;i=e.lastChild;)e.removeChild(i);if(typeof r==`function`){var s=r;r=function(){var e=su(c);s.call(e)}}var c=nu(e,0,!1,null,null,!1,!1,``,gu);return e._reactRootContainer=c,e[Bi]=c.current,mi(e.nodeType===8?e.parentNode:e),wl(function(){ou(t,c,n,r)}),c}function vu(e,t,n,r,i){var a=n._reactRootContainer;if(a){var o=a;if(typeof i==`function`){var s=i;i=function(){var e=su(o);s.call(e)}}ou(t,o,e,i)}else o=_u(n,t,e,i,r);return su(o)}nn=function(e){switch(e.tag){case 3:var t=e.stateNode;if(t.current.memoizedState.isDehydrated){var n=Gt(t.pendingLanes);n!==0&&(en(t,n|1),gl(t,T()),!(X&6)&&(tl=T()+500,da()))}break;case 13:wl(function(){var t=to(e,1);t!==null&&hl(t,e,1,pl())}),lu(e,1)}},rn=function(e){if(e.tag===13){var t=to(e,134217728);t!==null&&hl(t,e,134217728,pl()),lu(e,134217728)}},an=function(e){if(e.tag===13){var t=ml(e),n=to(e,t);n!==null&&hl(n,e,t,pl()),lu(e,t)}},on=function(){return D},sn=function(e,t){var n=D;try{return D=e,t()}finally{D=n}},nt=function(e,t,n){switch(t){case`input`:if(Ne(e,n),t=n.name,n.type===`radio`&&t!=null){for(n=e;n.parentNode;)n=n.parentNode;for(n=n.querySelectorAll(`input[name=`+JSON.stringify(``+t)+`][type="radio"]`),t=0;t<n.length;t++){var i=n[t];if(i!==e&&i.form===e.form){var a=qi(i);if(!a)throw Error(r(90));Oe(i),Ne(i,a)}}}break;case`textarea`:Be(e,n);break;case`select`:t=n.value,t!=null&&Le(e,!!n.multiple,t,!1)}},ct=Cl,lt=wl;var yu={usingClientEntryPoint:!1,Events:[Gi,Ki,qi,ot,st,Cl]},bu={findFiberByHostInstance:Wi,bundleType:0,version:`18.3.1`,rendererPackageName:`react-dom`},xu={bundleType:bu.bundleType,version:bu.version,rendererPackageName:bu.rendererPackageName,rendererConfig:bu.rendererConfig,overrideHookState:null,overrideHookStateDeletePath:null,overrideHookStateRenamePath:null,overrideProps:null,overridePropsDeletePath:null,overridePropsRenamePath:null,setErrorHandler:null,setSuspenseHandler:null,scheduleUpdate:null,currentDispatcherRef:ne.ReactCurrentDispatcher,findHostInstanceByFiber:function(e){return e=Tt(e),e===null?null:e.stateNode},findFiberByHostInstance:bu.findFiberByHostInstance||uu,findHostInstancesForRefresh:null,scheduleRefresh:null,scheduleRoot:null,setRefreshHandler:null,getCurrentFiber:null,reconcilerVersion:`18.3.1-next-f1338f8080-20240426`};if(typeof __REACT_DEVTOOLS_GLOBAL_HOOK__<`u`){var Su=__REACT_DEVTOOLS_GLOBAL_HOOK__;if(!Su.isDisabled&&Su.supportsFiber)try{Lt=Su.inject(xu),Rt=Su}catch{}}e.__SECRET_INTERNALS_DO_NOT_USE_OR_YOU_WILL_BE_FIRED=yu,e.createPortal=function(e,t){var n=2<arguments.length&&arguments[2]!==void 0?arguments[2]:null;if(!mu(t))throw Error(r(200));return ru(e,t,null,n)},e.createRoot=function(e,t){if(!mu(e))throw Error(r(299));var n=!1,i=``,a=du;return t!=null&&(!0===t.unstable_strictMode&&(n=!0),t.identifierPrefix!==void 0&&(i=t.identifierPrefix),t.onRecoverableError!==void 0&&(a=t.onRecoverableError)),t=nu(e,1,!1,null,null,n,!1,i,a),e[Bi]=t.current,mi(e.nodeType===8?e.parentNode:e),new fu(t)},e.findDOMNode=function(e){if(e==null)return null;if(e.nodeType===1)return e;var t=e._reactInternals;if(t===void 0)throw typeof e.render==`function`?Error(r(188)):(e=Object.keys(e).join(`,`),Error(r(268,e)));return e=Tt(t),e=e===null?null:e.stateNode,e},e.flushSync=function(e){return wl(e)},e.hydrate=function(e,t,n){if(!hu(t))throw Error(r(200));return vu(null,e,t,!0,n)},e.hydrateRoot=function(e,t,n){if(!mu(e))throw Error(r(405));var i=n!=null&&n.hydratedSources||null,a=!1,o=``,s=du;if(n!=null&&(!0===n.unstable_strictMode&&(a=!0),n.identifierPrefix!==void 0&&(o=n.identifierPrefix),n.onRecoverableError!==void 0&&(s=n.onRecoverableError)),t=au(t,null,e,1,n??null,a,!1,o,s),e[Bi]=t.current,mi(e),i)for(e=0;e<i.length;e++)n=i[e],a=n._getVersion,a=a(n._source),t.mutableSourceEagerHydrationData==null?t.mutableSourceEagerHydrationData=[n,a]:t.mutableSourceEagerHydrationData.push(n,a);return new pu(t)},e.render=function(e,t,n){if(!hu(t))throw Error(r(200));return vu(null,e,t,!1,n)},e.unmountComponentAtNode=function(e){if(!hu(e))throw Error(r(40));return e._reactRootContainer?(wl(function(){vu(null,null,e,!1,function(){e._reactRootContainer=null,e[Bi]=null})}),!0):!1},e.unstable_batchedUpdates=Cl,e.unstable_renderSubtreeIntoContainer=function(e,t,n,i){if(!hu(n))throw Error(r(200));if(e==null||e._reactInternals===void 0)throw Error(r(38));return vu(e,t,n,!1,i)},e.version=`18.3.1-next-f1338f8080-20240426`})),m=o(((e,t)=>{function n(){if(typeof __REACT_DEVTOOLS_GLOBAL_HOOK__<`u`&&typeof __REACT_DEVTOOLS_GLOBAL_HOOK__.checkDCE==`function`)try{__REACT_DEVTOOLS_GLOBAL_HOOK__.checkDCE(n)}catch(e){console.error(e)}}n(),t.exports=p()})),h=o((e=>{var t=m();e.createRoot=t.createRoot,e.hydrateRoot=t.hydrateRoot})),g=new Set([`children`,`localName`,`ref`,`style`,`className`]),_=new WeakMap,v=(e,t,n,r,i)=>{let a=i?.[t];a===void 0?(e[t]=n,n==null&&t in HTMLElement.prototype&&e.removeAttribute(t)):n!==r&&((e,t,n)=>{let r=_.get(e);r===void 0&&_.set(e,r=new Map);let i=r.get(t);n===void 0?i!==void 0&&(r.delete(t),e.removeEventListener(t,i)):i===void 0?(r.set(t,i={handleEvent:n}),e.addEventListener(t,i)):i.handleEvent=n})(e,a,n)},y=({react:e,tagName:t,elementClass:n,events:r,displayName:i})=>{let a=new Set(Object.keys(r??{})),o=e.forwardRef(((i,o)=>{let s=e.useRef(new Map),c=e.useRef(null),l={},u={};for(let[e,t]of Object.entries(i))g.has(e)?l[e===`className`?`class`:e]=t:a.has(e)||e in n.prototype?u[e]=t:l[e]=t;return e.useLayoutEffect((()=>{if(c.current===null)return;let e=new Map;for(let t in u)v(c.current,t,i[t],s.current.get(t),r),s.current.delete(t),e.set(t,i[t]);for(let[e,t]of s.current)v(c.current,e,void 0,t,r);s.current=e})),e.useLayoutEffect((()=>{c.current?.removeAttribute(`defer-hydration`)}),[]),l.suppressHydrationWarning=!0,e.createElement(t,{...l,ref:e.useCallback((e=>{c.current=e,typeof o==`function`?o(e):o!==null&&(o.current=e)}),[o])})}));return o.displayName=i??n.name,o},b=c(u()),ee=h(),te=new Map,ne={},re={},ie=e=>e.toLowerCase().split(`-`)[0]??``;function ae(e,t){re[ie(e)]=t}function oe(e,t,n){let r=(ne[t]??=Intl.DateTimeFormat.supportedLocalesOf(t).length>0)?void 0:re[ie(t)];if(r)return r(e,n);let i=t+JSON.stringify(n),a=te.get(i);return a||te.set(i,a=new Intl.DateTimeFormat(t,n)),a.format(e)}var se={},ce={},le={};function ue(e,t){se[ie(e)]??=t}function de(e){return ce[ie(e)]}function fe(e){let t=ie(e),n=se[t];if(n&&!ce[t])return le[t]??=n().then(e=>{ce[t]=e,e.formatDate&&ae(t,e.formatDate)},()=>void(ce[t]={}))}function x(e){for(let t=e;t;){if(t instanceof Element&&t.getAttribute(`lang`))return t.getAttribute(`lang`);t=t.parentNode??(t instanceof ShadowRoot?t.host:null)}}function pe(e,t){return e?.[t]??e?.[ie(t)]}function me(e,t,n){if(!e)return;let r=pe(e,t),i=r&&typeof r==`object`?r[n]:void 0,a=e[n];return i??(typeof a==`object`?void 0:a)}function he(e,t,n={}){return e===void 0?t:typeof e==`function`?e(n):e.replace(/\{(\w+)\}/g,(e,t)=>t in n?String(n[t]):e)}var ge=(e,t)=>n=>he(Number(n.count)===1?e:t,``,n),S=new Set,_e;function ve(e,t){S.add(e),_e??=new MutationObserver(()=>{for(let e of S)e.langChanged()});for(let e=t;e instanceof Node;e=e.host)e=e.getRootNode(),_e.observe(e,{attributes:!0,attributeFilter:[`lang`],subtree:!0})}function ye(e){S.delete(e)}var be=`modulepreload`,xe=function(e,t){return new URL(e,t).href},Se={},Ce=function(e){return e.pathname.endsWith(`.css`)},we=function(e,t,n){if(t in e)return e[t];let r=n();if(!r){e[t]=void 0;return}let i=r.then(()=>{e[t]=void 0},n=>{throw e[t]=void 0,n});return e[t]=i,i},Te=function(e,t,n){let r=Promise.resolve();if(t&&t.length>0){let e,i=document.querySelector(`meta[property=csp-nonce]`),a=i?.nonce||i?.getAttribute(`nonce`);function o(e){return Promise.all(e.map(e=>Promise.resolve(e).then(e=>({status:`fulfilled`,value:e}),e=>({status:`rejected`,reason:e}))))}function s(e){return import.meta.resolve?new URL(import.meta.resolve(e)):new URL(e,import.meta.url)}r=o(t.map(t=>{t=xe(t,n);let r=s(t),i=Ce(r);return we(Se,r.href,()=>{if(e===void 0){e={all:new Set,styles:new Set};let t=document.getElementsByTagName(`link`);for(let n=t.length-1;n>=0;n--){let r=t[n];e.all.add(r.href),r.rel===`stylesheet`&&e.styles.add(r.href)}}if((i?e.styles:e.all).has(r.href))return;let t=document.createElement(`link`);if(t.rel=i?`stylesheet`:be,i||(t.as=`script`),t.crossOrigin=``,t.href=r.href,a&&t.setAttribute(`nonce`,a),document.head.appendChild(t),i)return new Promise((e,n)=>{let i=a=>{t.removeEventListener(`load`,i),t.removeEventListener(`error`,i),a.type===`error`?n(Error(`Unable to preload CSS for ${r}`)):e(a)};t.addEventListener(`load`,i),t.addEventListener(`error`,i)})})}).filter(e=>e!==void 0))}function i(e){let t=new Event(`vite:preloadError`,{cancelable:!0});if(t.payload=e,window.dispatchEvent(t),!t.defaultPrevented)throw e}return r.then(t=>{for(let e of t||[])e.status===`rejected`&&i(e.reason);return e().catch(i)})};ue(`cy`,()=>Te(()=>import(`./cy-B6q6NBEM.js`),[],import.meta.url));var Ee=class extends Event{constructor(e,t,n,r){super(`context-request`,{bubbles:!0,composed:!0}),this.context=e,this.contextTarget=t,this.callback=n,this.subscribe=r??!1}};function De(e){return e}var Oe=class{constructor(e,t,n,r){if(this.subscribe=!1,this.provided=!1,this.value=void 0,this.t=(e,t)=>{this.unsubscribe&&(this.unsubscribe!==t&&(this.provided=!1,this.unsubscribe()),this.subscribe||this.unsubscribe()),this.value=e,this.host.requestUpdate(),this.provided&&!this.subscribe||(this.provided=!0,this.callback&&this.callback(e,t)),this.unsubscribe=t},this.host=e,t.context!==void 0){let e=t;this.context=e.context,this.callback=e.callback,this.subscribe=e.subscribe??!1}else this.context=t,this.callback=n,this.subscribe=r??!1;this.host.addController(this)}hostConnected(){this.dispatchRequest()}hostDisconnected(){this.unsubscribe&&=(this.unsubscribe(),void 0)}dispatchRequest(){this.host.dispatchEvent(new Ee(this.context,this.host,this.t,this.subscribe))}},ke=class{get value(){return this.o}set value(e){this.setValue(e)}setValue(e,t=!1){let n=t||!Object.is(e,this.o);this.o=e,n&&this.updateObservers()}constructor(e){this.subscriptions=new Map,this.updateObservers=()=>{for(let[e,{disposer:t}]of this.subscriptions)e(this.o,t)},e!==void 0&&(this.value=e)}addCallback(e,t,n){if(!n)return void e(this.value);this.subscriptions.has(e)||this.subscriptions.set(e,{disposer:()=>{this.subscriptions.delete(e)},consumerHost:t});let{disposer:r}=this.subscriptions.get(e);e(this.value,r)}clearCallbacks(){this.subscriptions.clear()}},Ae=class extends Event{constructor(e,t){super(`context-provider`,{bubbles:!0,composed:!0}),this.context=e,this.contextTarget=t}},je=class extends ke{constructor(e,t,n){super(t.context===void 0?n:t.initialValue),this.onContextRequest=e=>{if(e.context!==this.context)return;let t=e.contextTarget??e.composedPath()[0];t!==this.host&&(e.stopPropagation(),this.addCallback(e.callback,t,e.subscribe))},this.onProviderRequest=e=>{if(e.context!==this.context||(e.contextTarget??e.composedPath()[0])===this.host)return;let t=new Set;for(let[e,{consumerHost:n}]of this.subscriptions)t.has(e)||(t.add(e),n.dispatchEvent(new Ee(this.context,n,e,!0)));e.stopPropagation()},this.host=e,this.context=t.context===void 0?t:t.context,this.attachListeners(),this.host.addController?.(this)}attachListeners(){this.host.addEventListener(`context-request`,this.onContextRequest),this.host.addEventListener(`context-provider`,this.onProviderRequest)}hostConnected(){this.host.dispatchEvent(new Ae(this.context,this.host))}},Me=class{constructor(){this.pendingContextRequests=new Map,this.onContextProvider=e=>{let t=this.pendingContextRequests.get(e.context);if(t===void 0)return;this.pendingContextRequests.delete(e.context);let{requests:n}=t;for(let{elementRef:t,callbackRef:r}of n){let n=t.deref(),i=r.deref();n===void 0||i===void 0||n.dispatchEvent(new Ee(e.context,n,i,!0))}},this.onContextRequest=e=>{if(!0!==e.subscribe)return;let t=e.contextTarget??e.composedPath()[0],n=e.callback,r=this.pendingContextRequests.get(e.context);r===void 0&&this.pendingContextRequests.set(e.context,r={callbacks:new WeakMap,requests:[]});let i=r.callbacks.get(t);i===void 0&&r.callbacks.set(t,i=new WeakSet),i.has(n)||(i.add(n),r.requests.push({elementRef:new WeakRef(t),callbackRef:new WeakRef(n)}))}}attach(e){e.addEventListener(`context-request`,this.onContextRequest),e.addEventListener(`context-provider`,this.onContextProvider)}detach(e){e.removeEventListener(`context-request`,this.onContextRequest),e.removeEventListener(`context-provider`,this.onContextProvider)}},Ne=globalThis,Pe=Ne.ShadowRoot&&(Ne.ShadyCSS===void 0||Ne.ShadyCSS.nativeShadow)&&`adoptedStyleSheets`in Document.prototype&&`replace`in CSSStyleSheet.prototype,Fe=Symbol(),Ie=new WeakMap,Le=class{constructor(e,t,n){if(this._$cssResult$=!0,n!==Fe)throw Error("CSSResult is not constructable. Use `unsafeCSS` or `css` instead.");this.cssText=e,this.t=t}get styleSheet(){let e=this.o,t=this.t;if(Pe&&e===void 0){let n=t!==void 0&&t.length===1;n&&(e=Ie.get(t)),e===void 0&&((this.o=e=new CSSStyleSheet).replaceSync(this.cssText),n&&Ie.set(t,e))}return e}toString(){return this.cssText}},Re=e=>new Le(typeof e==`string`?e:e+``,void 0,Fe),ze=(e,...t)=>new Le(e.length===1?e[0]:t.reduce((t,n,r)=>t+(e=>{if(!0===e._$cssResult$)return e.cssText;if(typeof e==`number`)return e;throw Error(`Value passed to 'css' function must be a 'css' function result: `+e+`. Use 'unsafeCSS' to pass non-literal values, but take care to ensure page security.`)})(n)+e[r+1],e[0]),e,Fe),Be=(e,t)=>{if(Pe)e.adoptedStyleSheets=t.map(e=>e instanceof CSSStyleSheet?e:e.styleSheet);else for(let n of t){let t=document.createElement(`style`),r=Ne.litNonce;r!==void 0&&t.setAttribute(`nonce`,r),t.textContent=n.cssText,e.appendChild(t)}},Ve=Pe?e=>e:e=>e instanceof CSSStyleSheet?(e=>{let t=``;for(let n of e.cssRules)t+=n.cssText;return Re(t)})(e):e,{is:He,defineProperty:Ue,getOwnPropertyDescriptor:We,getOwnPropertyNames:Ge,getOwnPropertySymbols:Ke,getPrototypeOf:qe}=Object,Je=globalThis,Ye=Je.trustedTypes,Xe=Ye?Ye.emptyScript:``,Ze=Je.reactiveElementPolyfillSupport,Qe=(e,t)=>e,$e={toAttribute(e,t){switch(t){case Boolean:e=e?Xe:null;break;case Object:case Array:e=e==null?e:JSON.stringify(e)}return e},fromAttribute(e,t){let n=e;switch(t){case Boolean:n=e!==null;break;case Number:n=e===null?null:Number(e);break;case Object:case Array:try{n=JSON.parse(e)}catch{n=null}}return n}},et=(e,t)=>!He(e,t),tt={attribute:!0,type:String,converter:$e,reflect:!1,useDefault:!1,hasChanged:et};Symbol.metadata??=Symbol(`metadata`),Je.litPropertyMetadata??=new WeakMap;var nt=class extends HTMLElement{static addInitializer(e){this._$Ei(),(this.l??=[]).push(e)}static get observedAttributes(){return this.finalize(),this._$Eh&&[...this._$Eh.keys()]}static createProperty(e,t=tt){if(t.state&&(t.attribute=!1),this._$Ei(),this.prototype.hasOwnProperty(e)&&((t=Object.create(t)).wrapped=!0),this.elementProperties.set(e,t),!t.noAccessor){let n=Symbol(),r=this.getPropertyDescriptor(e,n,t);r!==void 0&&Ue(this.prototype,e,r)}}static getPropertyDescriptor(e,t,n){let{get:r,set:i}=We(this.prototype,e)??{get(){return this[t]},set(e){this[t]=e}};return{get:r,set(t){let a=r?.call(this);i?.call(this,t),this.requestUpdate(e,a,n)},configurable:!0,enumerable:!0}}static getPropertyOptions(e){return this.elementProperties.get(e)??tt}static _$Ei(){if(this.hasOwnProperty(Qe(`elementProperties`)))return;let e=qe(this);e.finalize(),e.l!==void 0&&(this.l=[...e.l]),this.elementProperties=new Map(e.elementProperties)}static finalize(){if(this.hasOwnProperty(Qe(`finalized`)))return;if(this.finalized=!0,this._$Ei(),this.hasOwnProperty(Qe(`properties`))){let e=this.properties,t=[...Ge(e),...Ke(e)];for(let n of t)this.createProperty(n,e[n])}let e=this[Symbol.metadata];if(e!==null){let t=litPropertyMetadata.get(e);if(t!==void 0)for(let[e,n]of t)this.elementProperties.set(e,n)}this._$Eh=new Map;for(let[e,t]of this.elementProperties){let n=this._$Eu(e,t);n!==void 0&&this._$Eh.set(n,e)}this.elementStyles=this.finalizeStyles(this.styles)}static finalizeStyles(e){let t=[];if(Array.isArray(e)){let n=new Set(e.flat(1/0).reverse());for(let e of n)t.unshift(Ve(e))}else e!==void 0&&t.push(Ve(e));return t}static _$Eu(e,t){let n=t.attribute;return!1===n?void 0:typeof n==`string`?n:typeof e==`string`?e.toLowerCase():void 0}constructor(){super(),this._$Ep=void 0,this.isUpdatePending=!1,this.hasUpdated=!1,this._$Em=null,this._$Ev()}_$Ev(){this._$ES=new Promise(e=>this.enableUpdating=e),this._$AL=new Map,this._$E_(),this.requestUpdate(),this.constructor.l?.forEach(e=>e(this))}addController(e){(this._$EO??=new Set).add(e),this.renderRoot!==void 0&&this.isConnected&&e.hostConnected?.()}removeController(e){this._$EO?.delete(e)}_$E_(){let e=new Map,t=this.constructor.elementProperties;for(let n of t.keys())this.hasOwnProperty(n)&&(e.set(n,this[n]),delete this[n]);e.size>0&&(this._$Ep=e)}createRenderRoot(){let e=this.shadowRoot??this.attachShadow(this.constructor.shadowRootOptions);return Be(e,this.constructor.elementStyles),e}connectedCallback(){this.renderRoot??=this.createRenderRoot(),this.enableUpdating(!0),this._$EO?.forEach(e=>e.hostConnected?.())}enableUpdating(e){}disconnectedCallback(){this._$EO?.forEach(e=>e.hostDisconnected?.())}attributeChangedCallback(e,t,n){this._$AK(e,n)}_$ET(e,t){let n=this.constructor.elementProperties.get(e),r=this.constructor._$Eu(e,n);if(r!==void 0&&!0===n.reflect){let i=(n.converter?.toAttribute===void 0?$e:n.converter).toAttribute(t,n.type);this._$Em=e,i==null?this.removeAttribute(r):this.setAttribute(r,i),this._$Em=null}}_$AK(e,t){let n=this.constructor,r=n._$Eh.get(e);if(r!==void 0&&this._$Em!==r){let e=n.getPropertyOptions(r),i=typeof e.converter==`function`?{fromAttribute:e.converter}:e.converter?.fromAttribute===void 0?$e:e.converter;this._$Em=r;let a=i.fromAttribute(t,e.type);this[r]=a??this._$Ej?.get(r)??a,this._$Em=null}}requestUpdate(e,t,n,r=!1,i){if(e!==void 0){let a=this.constructor;if(!1===r&&(i=this[e]),n??=a.getPropertyOptions(e),!((n.hasChanged??et)(i,t)||n.useDefault&&n.reflect&&i===this._$Ej?.get(e)&&!this.hasAttribute(a._$Eu(e,n))))return;this.C(e,t,n)}!1===this.isUpdatePending&&(this._$ES=this._$EP())}C(e,t,{useDefault:n,reflect:r,wrapped:i},a){n&&!(this._$Ej??=new Map).has(e)&&(this._$Ej.set(e,a??t??this[e]),!0!==i||a!==void 0)||(this._$AL.has(e)||(this.hasUpdated||n||(t=void 0),this._$AL.set(e,t)),!0===r&&this._$Em!==e&&(this._$Eq??=new Set).add(e))}async _$EP(){this.isUpdatePending=!0;try{await this._$ES}catch(e){Promise.reject(e)}let e=this.scheduleUpdate();return e!=null&&await e,!this.isUpdatePending}scheduleUpdate(){return this.performUpdate()}performUpdate(){if(!this.isUpdatePending)return;if(!this.hasUpdated){if(this.renderRoot??=this.createRenderRoot(),this._$Ep){for(let[e,t]of this._$Ep)this[e]=t;this._$Ep=void 0}let e=this.constructor.elementProperties;if(e.size>0)for(let[t,n]of e){let{wrapped:e}=n,r=this[t];!0!==e||this._$AL.has(t)||r===void 0||this.C(t,void 0,n,r)}}let e=!1,t=this._$AL;try{e=this.shouldUpdate(t),e?(this.willUpdate(t),this._$EO?.forEach(e=>e.hostUpdate?.()),this.update(t)):this._$EM()}catch(t){throw e=!1,this._$EM(),t}e&&this._$AE(t)}willUpdate(e){}_$AE(e){this._$EO?.forEach(e=>e.hostUpdated?.()),this.hasUpdated||(this.hasUpdated=!0,this.firstUpdated(e)),this.updated(e)}_$EM(){this._$AL=new Map,this.isUpdatePending=!1}get updateComplete(){return this.getUpdateComplete()}getUpdateComplete(){return this._$ES}shouldUpdate(e){return!0}update(e){this._$Eq&&=this._$Eq.forEach(e=>this._$ET(e,this[e])),this._$EM()}updated(e){}firstUpdated(e){}};nt.elementStyles=[],nt.shadowRootOptions={mode:`open`},nt[Qe(`elementProperties`)]=new Map,nt[Qe(`finalized`)]=new Map,Ze?.({ReactiveElement:nt}),(Je.reactiveElementVersions??=[]).push(`2.1.2`);var rt=globalThis,it=e=>e,at=rt.trustedTypes,ot=at?at.createPolicy(`lit-html`,{createHTML:e=>e}):void 0,st=`$lit$`,ct=`lit$${Math.random().toFixed(9).slice(2)}$`,lt=`?`+ct,ut=`<${lt}>`,dt=document,ft=()=>dt.createComment(``),pt=e=>e===null||typeof e!=`object`&&typeof e!=`function`,mt=Array.isArray,ht=e=>mt(e)||typeof e?.[Symbol.iterator]==`function`,gt=`[ 	
\f\r]`,_t=/<(?:(!--|\/[^a-zA-Z])|(\/?[a-zA-Z][^>\s]*)|(\/?$))/g,vt=/-->/g,yt=/>/g,bt=RegExp(`>|${gt}(?:([^\\s"'>=/]+)(${gt}*=${gt}*(?:[^ \t\n\f\r"'\`<>=]|("|')|))|$)`,`g`),xt=/'/g,St=/"/g,Ct=/^(?:script|style|textarea|title)$/i,C=(e=>(t,...n)=>({_$litType$:e,strings:t,values:n}))(1),wt=Symbol.for(`lit-noChange`),w=Symbol.for(`lit-nothing`),Tt=new WeakMap,Et=dt.createTreeWalker(dt,129);function Dt(e,t){if(!mt(e)||!e.hasOwnProperty(`raw`))throw Error(`invalid template strings array`);return ot===void 0?t:ot.createHTML(t)}var Ot=(e,t)=>{let n=e.length-1,r=[],i,a=t===2?`<svg>`:t===3?`<math>`:``,o=_t;for(let t=0;t<n;t++){let n=e[t],s,c,l=-1,u=0;for(;u<n.length&&(o.lastIndex=u,c=o.exec(n),c!==null);)u=o.lastIndex,o===_t?c[1]===`!--`?o=vt:c[1]===void 0?c[2]===void 0?c[3]!==void 0&&(o=bt):(Ct.test(c[2])&&(i=RegExp(`</`+c[2],`g`)),o=bt):o=yt:o===bt?c[0]===`>`?(o=i??_t,l=-1):c[1]===void 0?l=-2:(l=o.lastIndex-c[2].length,s=c[1],o=c[3]===void 0?bt:c[3]===`"`?St:xt):o===St||o===xt?o=bt:o===vt||o===yt?o=_t:(o=bt,i=void 0);let d=o===bt&&e[t+1].startsWith(`/>`)?` `:``;a+=o===_t?n+ut:l>=0?(r.push(s),n.slice(0,l)+st+n.slice(l)+ct+d):n+ct+(l===-2?t:d)}return[Dt(e,a+(e[n]||`<?>`)+(t===2?`</svg>`:t===3?`</math>`:``)),r]},kt=class e{constructor({strings:t,_$litType$:n},r){let i;this.parts=[];let a=0,o=0,s=t.length-1,c=this.parts,[l,u]=Ot(t,n);if(this.el=e.createElement(l,r),Et.currentNode=this.el.content,n===2||n===3){let e=this.el.content.firstChild;e.replaceWith(...e.childNodes)}for(;(i=Et.nextNode())!==null&&c.length<s;){if(i.nodeType===1){if(i.hasAttributes())for(let e of i.getAttributeNames())if(e.endsWith(st)){let t=u[o++],n=i.getAttribute(e).split(ct),r=/([.?@])?(.*)/.exec(t);c.push({type:1,index:a,name:r[2],strings:n,ctor:r[1]===`.`?Nt:r[1]===`?`?Pt:r[1]===`@`?Ft:Mt}),i.removeAttribute(e)}else e.startsWith(ct)&&(c.push({type:6,index:a}),i.removeAttribute(e));if(Ct.test(i.tagName)){let e=i.textContent.split(ct),t=e.length-1;if(t>0){i.textContent=at?at.emptyScript:``;for(let n=0;n<t;n++)i.append(e[n],ft()),Et.nextNode(),c.push({type:2,index:++a});i.append(e[t],ft())}}}else if(i.nodeType===8){if(i.data===lt)c.push({type:2,index:a});else{let e=-1;for(;(e=i.data.indexOf(ct,e+1))!==-1;)c.push({type:7,index:a}),e+=ct.length-1}}a++}}static createElement(e,t){let n=dt.createElement(`template`);return n.innerHTML=e,n}};function At(e,t,n=e,r){if(t===wt)return t;let i=r===void 0?n._$Cl:n._$Co?.[r],a=pt(t)?void 0:t._$litDirective$;return i?.constructor!==a&&(i?._$AO?.(!1),a===void 0?i=void 0:(i=new a(e),i._$AT(e,n,r)),r===void 0?n._$Cl=i:(n._$Co??=[])[r]=i),i!==void 0&&(t=At(e,i._$AS(e,t.values),i,r)),t}var T=class{constructor(e,t){this._$AV=[],this._$AN=void 0,this._$AD=e,this._$AM=t}get parentNode(){return this._$AM.parentNode}get _$AU(){return this._$AM._$AU}u(e){let{el:{content:t},parts:n}=this._$AD,r=(e?.creationScope??dt).importNode(t,!0);Et.currentNode=r;let i=Et.nextNode(),a=0,o=0,s=n[0];for(;s!==void 0;){if(a===s.index){let t;s.type===2?t=new jt(i,i.nextSibling,this,e):s.type===1?t=new s.ctor(i,s.name,s.strings,this,e):s.type===6&&(t=new It(i,this,e)),this._$AV.push(t),s=n[++o]}a!==s?.index&&(i=Et.nextNode(),a++)}return Et.currentNode=dt,r}p(e){let t=0;for(let n of this._$AV)n!==void 0&&(n.strings===void 0?n._$AI(e[t]):(n._$AI(e,n,t),t+=n.strings.length-2)),t++}},jt=class e{get _$AU(){return this._$AM?._$AU??this._$Cv}constructor(e,t,n,r){this.type=2,this._$AH=w,this._$AN=void 0,this._$AA=e,this._$AB=t,this._$AM=n,this.options=r,this._$Cv=r?.isConnected??!0}get parentNode(){let e=this._$AA.parentNode,t=this._$AM;return t!==void 0&&e?.nodeType===11&&(e=t.parentNode),e}get startNode(){return this._$AA}get endNode(){return this._$AB}_$AI(e,t=this){e=At(this,e,t),pt(e)?e===w||e==null||e===``?(this._$AH!==w&&this._$AR(),this._$AH=w):e!==this._$AH&&e!==wt&&this._(e):e._$litType$===void 0?e.nodeType===void 0?ht(e)?this.k(e):this._(e):this.T(e):this.$(e)}O(e){return this._$AA.parentNode.insertBefore(e,this._$AB)}T(e){this._$AH!==e&&(this._$AR(),this._$AH=this.O(e))}_(e){this._$AH!==w&&pt(this._$AH)?this._$AA.nextSibling.data=e:this.T(dt.createTextNode(e)),this._$AH=e}$(e){let{values:t,_$litType$:n}=e,r=typeof n==`number`?this._$AC(e):(n.el===void 0&&(n.el=kt.createElement(Dt(n.h,n.h[0]),this.options)),n);if(this._$AH?._$AD===r)this._$AH.p(t);else{let e=new T(r,this),n=e.u(this.options);e.p(t),this.T(n),this._$AH=e}}_$AC(e){let t=Tt.get(e.strings);return t===void 0&&Tt.set(e.strings,t=new kt(e)),t}k(t){mt(this._$AH)||(this._$AH=[],this._$AR());let n=this._$AH,r,i=0;for(let a of t)i===n.length?n.push(r=new e(this.O(ft()),this.O(ft()),this,this.options)):r=n[i],r._$AI(a),i++;i<n.length&&(this._$AR(r&&r._$AB.nextSibling,i),n.length=i)}_$AR(e=this._$AA.nextSibling,t){for(this._$AP?.(!1,!0,t);e!==this._$AB;){let t=it(e).nextSibling;it(e).remove(),e=t}}setConnected(e){this._$AM===void 0&&(this._$Cv=e,this._$AP?.(e))}},Mt=class{get tagName(){return this.element.tagName}get _$AU(){return this._$AM._$AU}constructor(e,t,n,r,i){this.type=1,this._$AH=w,this._$AN=void 0,this.element=e,this.name=t,this._$AM=r,this.options=i,n.length>2||n[0]!==``||n[1]!==``?(this._$AH=Array(n.length-1).fill(new String),this.strings=n):this._$AH=w}_$AI(e,t=this,n,r){let i=this.strings,a=!1;if(i===void 0)e=At(this,e,t,0),a=!pt(e)||e!==this._$AH&&e!==wt,a&&(this._$AH=e);else{let r=e,o,s;for(e=i[0],o=0;o<i.length-1;o++)s=At(this,r[n+o],t,o),s===wt&&(s=this._$AH[o]),a||=!pt(s)||s!==this._$AH[o],s===w?e=w:e!==w&&(e+=(s??``)+i[o+1]),this._$AH[o]=s}a&&!r&&this.j(e)}j(e){e===w?this.element.removeAttribute(this.name):this.element.setAttribute(this.name,e??``)}},Nt=class extends Mt{constructor(){super(...arguments),this.type=3}j(e){this.element[this.name]=e===w?void 0:e}},Pt=class extends Mt{constructor(){super(...arguments),this.type=4}j(e){this.element.toggleAttribute(this.name,!!e&&e!==w)}},Ft=class extends Mt{constructor(e,t,n,r,i){super(e,t,n,r,i),this.type=5}_$AI(e,t=this){if((e=At(this,e,t,0)??w)===wt)return;let n=this._$AH,r=e===w&&n!==w||e.capture!==n.capture||e.once!==n.once||e.passive!==n.passive,i=e!==w&&(n===w||r);r&&this.element.removeEventListener(this.name,this,n),i&&this.element.addEventListener(this.name,this,e),this._$AH=e}handleEvent(e){typeof this._$AH==`function`?this._$AH.call(this.options?.host??this.element,e):this._$AH.handleEvent(e)}},It=class{constructor(e,t,n){this.element=e,this.type=6,this._$AN=void 0,this._$AM=t,this.options=n}get _$AU(){return this._$AM._$AU}_$AI(e){At(this,e)}},Lt=rt.litHtmlPolyfillSupport;Lt?.(kt,jt),(rt.litHtmlVersions??=[]).push(`3.3.3`);var Rt=(e,t,n)=>{let r=n?.renderBefore??t,i=r._$litPart$;if(i===void 0){let e=n?.renderBefore??null;r._$litPart$=i=new jt(t.insertBefore(ft(),e),e,void 0,n??{})}return i._$AI(e),i},zt=globalThis,Bt=class extends nt{constructor(){super(...arguments),this.renderOptions={host:this},this._$Do=void 0}createRenderRoot(){let e=super.createRenderRoot();return this.renderOptions.renderBefore??=e.firstChild,e}update(e){let t=this.render();this.hasUpdated||(this.renderOptions.isConnected=this.isConnected),super.update(e),this._$Do=Rt(t,this.renderRoot,this.renderOptions)}connectedCallback(){super.connectedCallback(),this._$Do?.setConnected(!0)}disconnectedCallback(){super.disconnectedCallback(),this._$Do?.setConnected(!1)}render(){return wt}};Bt._$litElement$=!0,Bt.finalized=!0,zt.litElementHydrateSupport?.({LitElement:Bt});var Vt=zt.litElementPolyfillSupport;Vt?.({LitElement:Bt}),(zt.litElementVersions??=[]).push(`4.2.2`);var Ht=De(Symbol.for(`hero-elements/config`)),Ut;function Wt(){Ut||typeof document>`u`||(Ut=new Me,Ut.attach(document.documentElement))}var E=class extends Error{constructor(e,t,n={}){super(t,n.cause===void 0?void 0:{cause:n.cause}),this.name=`HeroError`,this.code=e,this.status=n.status,this.reason=n.reason,this.issues=n.issues??[],this.retryAfter=n.retryAfter,this.outcomeUnknown=n.outcomeUnknown??!1}toDetail(){return this.status===void 0?{code:this.code,message:this.message}:{code:this.code,message:this.message,status:this.status}}},Gt={auth:`The Hero API did not accept the access token. Check the token source; signing in again may help.`,network:`The Hero API could not be reached. Check the connection and try again.`,not_found:`The Hero API could not find what was asked for. It may have been removed.`,validation:`The Hero API rejected the request as invalid.`,conflict:`Someone else changed this at the same time. Refresh and try again.`,rate_limited:`Too many requests to the Hero API. Wait a moment and try again.`,server:`The Hero API had a problem. Try again in a moment.`};function Kt(e){return e===401||e===403?`auth`:e===404||e===410?`not_found`:e===409?`conflict`:e===429?`rate_limited`:e>=500?`server`:`validation`}var qt=/^[a-z][a-z0-9_]{0,63}$/;function Jt(e,t,n,r=!1){let i=Kt(e),a={status:e,outcomeUnknown:r};n!==void 0&&(a.retryAfter=n);let o=Qt(t)?t.message:void 0;return typeof o==`string`&&qt.test(o)&&(a.reason=o),Array.isArray(o)&&(a.issues=o.filter(Qt).map(Zt)),new E(i,e===410?`This has expired. Start again.`:Gt[i],a)}function Yt(e,t=!1){return new E(`network`,Gt.network,{cause:e,outcomeUnknown:t})}function Xt(e,t=!1){return new E(`network`,`The Hero API did not answer within ${Math.round(e/1e3)} seconds. Check the connection and try again.`,{outcomeUnknown:t})}function Zt(e){let t={path:Array.isArray(e.path)?e.path.filter(e=>typeof e==`string`||typeof e==`number`).map(String):[],code:typeof e.code==`string`?e.code:`invalid`};return typeof e.expected==`string`&&(t.expected=e.expected),t}function Qt(e){return typeof e==`object`&&!!e}function $t(e){return e instanceof DOMException&&e.name===`AbortError`}function en(e){return e instanceof E?e:new E(`server`,Gt.server,{cause:e})}var D=class{#e;#t=``;#n=0;constructor(e){this.#e=e}get text(){return this.#t}announce(e){let t=++this.#n;if(e!==this.#t||!e)return this.#r(e);this.#r(``),this.#e.updateComplete.then(()=>t===this.#n&&this.#r(e))}clear(){this.announce(``)}render(){return C`<div class="visually-hidden" role="status" aria-live="polite" aria-atomic="true">${this.#t}</div>`}#r(e){this.#t=e,this.#e.requestUpdate()}},tn={production:`https://api.herohealth.net`,staging:`https://api.staging.htech.app`},nn=`staging`,rn=`x-practice-group-id`,an=`practice_group_id`,on=3e4,sn=new Set([500,502,504]),cn=new Set([429,502,503,504]),ln={retries:3,baseDelayMs:300,maxDelayMs:8e3};function un(e,t){return t?t.replace(/\/+$/,``):tn[e===`production`?`production`:nn]}var dn={"date.required":`Enter {label_lower}`,"date.missing_day":`{label} must include a day`,"date.missing_month":`{label} must include a month`,"date.missing_year":`{label} must include a year`,"date.missing_day_month":`{label} must include a day and month`,"date.missing_day_year":`{label} must include a day and year`,"date.missing_month_year":`{label} must include a month and year`,"date.invalid":`{label} must be a real date`,"date.year_length":`Year must include 4 numbers`,"date.past":`{label} must be in the past`,"date.today_or_past":`{label} must be today or in the past`,"date.future":`{label} must be in the future`,"date.today_or_future":`{label} must be today or in the future`,"date.min":`{label} must be the same as or after {date}`,"date.max":`{label} must be the same as or before {date}`},fn=[`day`,`month`,`year`],pn=[`jan`,`feb`,`mar`,`apr`,`may`,`jun`,`jul`,`aug`,`sep`,`oct`,`nov`,`dec`],mn=[`january`,`february`,`march`,`april`,`may`,`june`,`july`,`august`,`september`,`october`,`november`,`december`];function hn(e){return e%4==0&&e%100!=0||e%400==0}function gn(e,t){return t===2?hn(e)?29:28:[4,6,9,11].includes(t)?30:31}var _n=(e,t=2)=>String(e).padStart(t,`0`);function vn(e,t,n){return`${_n(e,4)}-${_n(t)}-${_n(n)}`}function yn(e){let t=/^(\d{4})-(\d{2})-(\d{2})$/.exec(e);if(!t)return!1;let[n,r,i]=[Number(t[1]),Number(t[2]),Number(t[3])];return r>=1&&r<=12&&i>=1&&i<=gn(n,r)}function bn(e){let t=e?.slice(0,10);return t&&yn(t)?t:void 0}function xn(e){let[t=``,n=``,r=``]=e.split(`-`);return{day:String(Number(r)),month:String(Number(n)),year:t}}function Sn(e=Date.now()){let t=new Intl.DateTimeFormat(`en-GB`,{timeZone:`Europe/London`,year:`numeric`,month:`2-digit`,day:`2-digit`}).formatToParts(e),n=e=>t.find(t=>t.type===e)?.value??``;return`${n(`year`)}-${n(`month`)}-${n(`day`)}`}function Cn(e){let t=typeof e==`number`?e:Date.parse(e);return Number.isNaN(t)?void 0:Sn(t)}function wn(e,t=`en-GB`,n={dateStyle:`long`}){if(!yn(e))return e;let[r,i,a]=e.split(`-`).map(Number),o=new Date(Date.UTC(r,i-1,a,12));return o.setUTCFullYear(r),oe(o,t,{...n,timeZone:`UTC`})}function Tn(e){if(/^\d{1,2}$/.test(e))return Number(e);let t=e.toLowerCase().replace(/\.$/,``),n=mn.indexOf(t);if(n>=0)return n+1;let r=pn.indexOf(t===`sept`?`sep`:t);return r>=0?r+1:void 0}function En(e,t={}){let n=e.day.trim(),r=e.month.trim(),i=e.year.trim(),a=fn.filter(e=>({day:n,month:r,year:i})[e]===``);if(a.length===3)return t.optional?{ok:!0,date:void 0}:{ok:!1,code:`required`,fields:fn};if(a.length)return{ok:!1,code:`missing_${a.join(`_`)}`,fields:a};let o=/^\d{1,2}$/.test(n)?Number(n):NaN,s=Tn(r)??NaN,c=/^\d+$/.test(i)?Number(i):NaN,l=[];if(o>=1&&o<=31||l.push(`day`),s>=1&&s<=12||l.push(`month`),Number.isNaN(c)&&l.push(`year`),l.length)return{ok:!1,code:`invalid`,fields:l};if(i.length!==4)return{ok:!1,code:`year_length`,fields:[`year`]};if(o>gn(c,s))return{ok:!1,code:`invalid`,fields:[`day`]};let u=vn(c,s,o),d=t.when?t.today??Sn():``;switch(t.when){case`past`:if(u>=d)return{ok:!1,code:`past`,fields:fn};break;case`today-or-past`:if(u>d)return{ok:!1,code:`today_or_past`,fields:fn};break;case`future`:if(u<=d)return{ok:!1,code:`future`,fields:fn};break;case`today-or-future`:if(u<d)return{ok:!1,code:`today_or_future`,fields:fn}}return t.min&&u<t.min?{ok:!1,code:`min`,fields:fn,limit:t.min}:t.max&&u>t.max?{ok:!1,code:`max`,fields:fn,limit:t.max}:{ok:!0,date:u}}function Dn(e){return/^\p{Lu}\p{Ll}/u.test(e)?e.charAt(0).toLowerCase()+e.slice(1):e}var On=[`id`,`title`,`first_name`,`last_name`,`dob`,`sex`,`nhs_number`,`deceased_at`,`restricted`,`archived`,`has_mobile`,`has_email`],kn=[`emis_id`,`ehr_partner_id`,`mobile`,`email`,`address_line_1`,`address_line_2`,`address_line_3`,`town`,`county`,`postcode`],An=/^[A-Za-z0-9][A-Za-z0-9_-]{0,63}$/;function jn(e){if(typeof e==`number`)return Number.isSafeInteger(e)&&e>=0?String(e):null;if(typeof e==`string`){let t=e.trim();return An.test(t)?t:null}return null}function O(e){return typeof e==`string`?e:typeof e==`number`&&Number.isFinite(e)?String(e):null}function Mn(e){if(typeof e!=`string`)return null;let t=e.trim();return yn(t)?t:/^\d{4}-\d{2}-\d{2}T/.test(t)?Cn(t)??null:null}function Nn(e){return typeof e==`object`&&!!e&&!Array.isArray(e)}function Pn(e){if(!Nn(e))return;let t=e.restricted===!0||e.restricted===`true`,n=O(e.nhs_number),r={id:jn(e.id)??jn(e.hero_id),title:O(e.title)||null,first_name:O(e.first_name),last_name:O(e.last_name),dob:Mn(e.dob),sex:O(e.sex),nhs_number:n===null?null:n.replace(/[\s-]/g,``)||null,deceased_at:O(e.deceased_at)||null,restricted:t,archived:e.status===`archived`,has_mobile:!!O(e.mobile)?.trim(),has_email:!!(O(e.email)?.trim()||Array.isArray(e.emails)&&e.emails.some(e=>typeof e==`string`&&e.trim()))};return t?r:{...r,emis_id:O(e.emis_id),ehr_partner_id:O(e.ehr_partner_id),mobile:O(e.mobile),email:O(e.email)??(Array.isArray(e.emails)?e.emails.find(e=>typeof e==`string`)??null:null),address_line_1:O(e.address_line_1??e.line_1),address_line_2:O(e.address_line_2??e.line_2),address_line_3:O(e.address_line_3??e.line_3),town:O(e.town),county:O(e.county),postcode:O(e.postcode)}}function Fn(e){let t=e.restricted?On:[...On,...kn],n={};for(let r of t)r in e&&(n[r]=e[r]);return n}function In(e){return[e.title,e.first_name,e.last_name].filter(Boolean).join(` `)}function Ln(e){return e.restricted?``:[e.address_line_1,e.town,e.postcode].filter(Boolean).join(`, `)}var Rn=class extends Error{constructor(e,t){super(`${e}: ${t}`),this.path=e,this.problem=t}},zn=e=>e===null?`null`:Array.isArray(e)?`array`:typeof e,k=(e,t,n)=>{let r=jn(e);if(r===null)throw new Rn(t,e===void 0?`missing`:`expected an id, got ${typeof e==`string`?`other text`:zn(e)}`);return/^\d+$/.test(r)||n.push({path:t,problem:`not digits as documented (kept as written)`}),r},A=(e,t)=>{if(typeof e==`string`)return e;if(typeof e==`number`&&Number.isFinite(e))return String(e);throw new Rn(t,e===void 0?`missing`:`expected a string, got ${zn(e)}`)},Bn=(e,t)=>{let n=typeof e==`string`&&e.trim()!==``?Number(e):e;if(typeof n==`number`&&Number.isFinite(n))return n;throw new Rn(t,e===void 0?`missing`:`expected a number, got ${zn(e)}`)},Vn=(e,t)=>{if(typeof e==`boolean`)return e;if(e===`true`||e===`false`)return e===`true`;throw new Rn(t,e===void 0?`missing`:`expected true or false, got ${zn(e)}`)},Hn=(e,t)=>{if(typeof e==`string`&&/^\d{4}-\d{2}-\d{2}T/.test(e)&&Number.isFinite(Date.parse(e)))return e;throw new Rn(t,e===void 0?`missing`:`expected a date-time, got ${typeof e==`string`?`other text`:zn(e)}`)};function Un(e,t){return(n,r,i)=>typeof n==`string`&&e.includes(n)?n:(n!=null&&i.push({path:r,problem:`unexpected value (expected one of ${e.join(`, `)})`}),t)}function j(e){return(t,n,r)=>{if(t==null||t===``)return null;try{return e(t,n,r)}catch(e){if(!(e instanceof Rn))throw e;return r.push({path:e.path,problem:e.problem}),null}}}function Wn(e){let t=j(e);return(e,n,r)=>t(e,n,r)??void 0}function M(e,t){let n=j(e);return(e,r,i)=>n(e,r,i)??t}function Gn(e,t){if(typeof e==`object`&&e&&!Array.isArray(e))return e;throw new Rn(t,e===void 0?`missing`:`expected an object, got ${zn(e)}`)}function N(e){return(t,n,r)=>{let i=Gn(t,n),a={};for(let t in e)a[t]=e[t](i[t],`${n}.${t}`,r);return a}}function Kn(e){return(t,n,r)=>{if(!Array.isArray(t))throw new Rn(n,t===void 0?`missing`:`expected a list, got ${zn(t)}`);let i=[];return t.forEach((t,a)=>{try{i.push(e(t,`${n}[${a}]`,r))}catch(e){if(!(e instanceof Rn))throw e;r.push({path:e.path,problem:`${e.problem}; item skipped`,skipped:!0})}}),i}}function qn(e){let t=Kn(e);return(e,n,r)=>{let i=Gn(e,n);return{data:t(i.data,`${n}.data`,r),count:j(Bn)(i.count,`${n}.count`,r)??(Array.isArray(i.data)?i.data.length:0)}}}var P=j(A),Jn=j(k),F=j(Hn),Yn=M(Vn,!1),Xn=N({id:k,name:A,partner_slot_name:M(A,``),next_available_at:F,slot_count:M(Bn,0),price:M(Bn,0),sector:Un([`nhs`,`paid`],`nhs`),duration:Bn,video:Yn,in_person:Yn,telephone:Yn,use_partner_bookable_slots:Yn,admin_booking_invoice_required:Yn,form_id:Jn,practitioner_type:M(A,``),assignee_id:Jn,assignee_type:j(Un([`Admin`,`AdminTeam`],`Admin`))}),Zn=N({id:k,name:A,address_line_1:P,address_line_2:P,town:P,postcode:P}),Qn=N({id:k,title:P,first_name:M(A,``),last_name:M(A,``),practitioner_type:M(A,``)}),$n=N({id:k,practitioner_id:k,appointment_type_id:k,location_id:k,start_time:Hn,finish_time:Hn}),er=(e,t,n)=>{let r=$n(e,t,n),i=Date.parse(r.finish_time)-Date.parse(r.start_time);if(i<0)throw new Rn(`${t}.finish_time`,`ends before it starts`);return i===0&&n.push({path:`${t}.finish_time`,problem:`ends when it starts`}),r},tr=N({id:k,reserved_until:F}),nr=N({id:k,patient_id:Jn,practitioner_id:k,location_id:k,appointment_type_id:k,duration:M(Bn,0),start_time:F,video:Yn,in_person:Yn,telephone:Yn,video_url:P,link_id:Jn,reserved_until:F,booking_confirmed_at:F,can_be_cancelled:Yn,can_be_rescheduled:Yn,cancellation_policy_hours:M(Bn,0),suppress_mail:Yn}),rr=(e,t,n)=>e===void 0||e===``?void 0:j(nr)(e,t,n)??void 0,ir=[`reserved`,`booked`,`cancelled`,`expired`];function ar(e,t,n,r=Date.now()){let i=e.status;if(typeof i==`string`&&ir.includes(i))return i;i!=null&&n.push({path:`${t}.status`,problem:`unexpected value (worked out from the dates)`});let a=n=>F(e[n],`${t}.${n}`,[]);if(a(`cancelled_at`))return`cancelled`;if(a(`booking_confirmed_at`))return`booked`;let o=a(`reserved_until`);return o&&Date.parse(o)>r?`reserved`:`expired`}var or=(e,t,n)=>{let r=nr(e,t,n),i=Gn(e,t);return{...r,status:ar(i,t,n),cancelled_at:F(i.cancelled_at,`${t}.cancelled_at`,n)}},sr=(e,t,n)=>{let r=Gn(e,t);return{id:k(r.id,`${t}.id`,n),status:ar(r,t,n),reserved_until:F(r.reserved_until,`${t}.reserved_until`,n),booking_confirmed_at:F(r.booking_confirmed_at,`${t}.booking_confirmed_at`,n),cancelled_at:F(r.cancelled_at,`${t}.cancelled_at`,n)}},cr=(e,t)=>{let n=Pn(e);if(!n)throw new Rn(t,`expected a patient, got ${zn(e)}`);return n},lr=N({label:A,value:A}),ur=[`string`,`integer`,`boolean`,`datepicker`,`text`,`radio`,`dropdown`,`checkboxes`,`consent`,`paragraph`],dr=N({id:k,form_type:Un([`questionnaire`,`response`,`appointment`,`care_navigation`],`questionnaire`),title:M(A,``),description:M(A,``),patient_title:P,patient_description:P,confirmation_message:P,snomed_code:P,fields:Kn((e,t,n)=>{let r=Gn(e,t),i=typeof r.type==`string`?r.type:`string`;ur.includes(i)||n.push({path:`${t}.type`,problem:`unexpected value (shown as a text question)`});let a=j(N({form_question_id:k,equals:(e,t)=>[`string`,`number`,`boolean`].includes(typeof e)?e:A(e,t,n)}))(r.show_if,`${t}.show_if`,n);return{form_question_id:k(r.form_question_id,`${t}.form_question_id`,n),name:A(r.name,`${t}.name`,n),type:i,description:P(r.description,`${t}.description`,n),required:Yn(r.required,`${t}.required`,n),options:j(Kn(lr))(r.options,`${t}.options`,n),observation_type:P(r.observation_type,`${t}.observation_type`,n)??null,condition:P(r.condition,`${t}.condition`,n)??null,vaccination:P(r.vaccination,`${t}.vaccination`,n)??null,min:j(Bn)(r.min,`${t}.min`,n),max:j(Bn)(r.max,`${t}.max`,n),unit:P(r.unit,`${t}.unit`,n),snomed_code:P(r.snomed_code,`${t}.snomed_code`,n),show_if:a}})}),fr=(e,t,n)=>j(N({id:k,form_id:M(k,``),created_at:M(A,``)}))(e,t,n)??void 0,pr=N({id:k,name:A,content:M(A,``),link:Un([`no_link`,`booking`,`form`],`no_link`),type:Un([`hero`,`external`,`user`],`user`),sms_snomed_code:P,sms_follow_up_1_snomed_code:P,sms_follow_up_2_snomed_code:P,email_snomed_code:P,email_follow_up_1_snomed_code:P,email_follow_up_2_snomed_code:P,send_follow_up_one:Yn,send_follow_up_two:Yn,reminder_time:j(Bn)}),mr=(e,t,n)=>{let r=typeof e==`object`&&e&&!Array.isArray(e)?e:{};return r!==e&&n.push({path:t,problem:`expected an object, got ${zn(e)}`}),{message_id:Jn(r.message_id,`${t}.message_id`,n),content:M(A,``)(r.content,`${t}.content`,n),created_at:M(A,``)(r.created_at,`${t}.created_at`,n),snomed_code:P(r.snomed_code,`${t}.snomed_code`,n),write_to_record:Yn(r.write_to_record,`${t}.write_to_record`,n),auth_token:null,confirm_write_to_record_url:P(r.confirm_write_to_record_url,`${t}.confirm_write_to_record_url`,n),submitted_by:P(r.submitted_by,`${t}.submitted_by`,n),send_at:F(r.send_at,`${t}.send_at`,n)}},hr=[`delivered`,`declined`,`sent`,`pending`,`retry`,`fatal`],gr=N({id:k,scheduled_send_at:F,write_to_record:Yn,status:N({write_to_record_at:F,sent_at:F,response:Un(hr,`pending`),failure_reason:P}),errors:M(N({write_to_record:P,send:P}),{write_to_record:null,send:null})}),_r=N({id:k,title:P,first_name:M(A,``),last_name:M(A,``)}),vr=N({id:Jn,type:P,name:P,status:P}),yr=N({id:Jn,name:P}),br=N({id:Jn,patient:_r,write_to_record:M(N({write_to_record_at:F,status:P,failure_reason:P}),{write_to_record_at:null,status:null,failure_reason:null}),short_link:j(vr),campaign:j(yr),created_at:F,sent_at:F,scheduled_at:F,status:M(A,``),sent_by:M(A,``),recipient_contact_detail:M(A,``),message_type:M(A,``)}),xr=N({id:k,patient:_r,write_to_record:M(N({write_to_record_at:F,status:P,failure_reason:P,snomed_code:P}),{write_to_record_at:null,status:null,failure_reason:null,snomed_code:null}),short_link:j(vr),campaign:j(yr),created_at:F,sent_at:F,scheduled_at:F,status:Un(hr,`pending`),sent_by_admin:j(N({id:A,first_name:P,last_name:P})),recipient_contact_detail:P,message_type:P,content:P}),Sr=(e,t,n)=>{let r=typeof e==`object`&&e&&!Array.isArray(e)?e:{};return r!==e&&n.push({path:t,problem:`expected an object, got ${zn(e)}`}),{id:Jn(r.id,`${t}.id`,n),url:P(r.url,`${t}.url`,n),expires_at:F(r.expires_at,`${t}.expires_at`,n)}},Cr=(e,t,n)=>{let r=typeof e==`object`&&e&&!Array.isArray(e)?e:{};return r!==e&&n.push({path:t,problem:`expected an object, got ${zn(e)}`}),{id:Jn(r.id,`${t}.id`,n),attachment_uuid:P(r.attachment_uuid,`${t}.attachment_uuid`,n),url:P(r.url,`${t}.url`,n)}},wr=N({id:A,name:A,sector:Wn(Un([`nhs`,`paid`],`nhs`)),phone:P,email:P,ods_code:P,address:j(N({line_1:P,line_2:P,town:P,county:P,postcode:P}))}),Tr=N({label:A,value:j(Bn),type:M(A,``),key:M(A,``)}),Er={"GET /v1/appointment_types":qn(Xn),"GET /v1/locations":qn(Zn),"GET /v1/practitioners":qn(Qn),"GET /v1/slots":qn(er),"GET /v1/slots/{id}":er,"GET /v1/slots/count":N({count:Bn}),"POST /v1/appointments":j(tr),"PATCH /v1/appointments/{id}/book":rr,"GET /v1/appointments/{id}":nr,"PUT /v1/appointments/{id}":rr,"PATCH /v1/appointments/{id}/reschedule":rr,"PATCH /v1/appointments/{id}/cancel":rr,"GET /v1/appointments/{id}/status":sr,"GET /v2/appointments":qn(or),"GET /v1/patients":qn(cr),"GET /v3/patients":qn(cr),"GET /v1/patients/{id}":cr,"POST /v1/patients/register_pds":(e,t,n)=>{let r=Gn(e,t);return r.patient_id===void 0?{message:M(A,``)(r.message,`${t}.message`,n),login_url:A(r.login_url,`${t}.login_url`,n)}:{patient_id:k(r.patient_id,`${t}.patient_id`,n)}},"GET /v1/forms/{id}":dr,"POST /v1/forms/{id}/response":fr,"POST /v1/forms/response/{id}":fr,"GET /v1/templates":qn(pr),"POST /v1/messages/send":mr,"GET /v1/messages/{id}/status":gr,"GET /v1/messages/{id}":xr,"GET /v2/sent_messages":qn(br),"POST /v1/booking_links":Sr,"POST /v1/form_links":Sr,"POST /v1/video_links":Sr,"POST /v1/attachment_links":Cr,"GET /v1/links/status":vr,"GET /v1/me":wr,"POST /v1/snomed/validate":N({valid:Vn}),"GET /v1/messages/assignee/collection":N({data:Kn(Tr)}),"GET /v1/me/sms-credits":N({credits:Bn})};function Dr(e,t){return Er[`${e.toUpperCase()} ${t}`]}function Or(e,t){let n=[];try{return{value:e(t,`$`,n),issues:n}}catch(e){throw e instanceof Rn?(n.push({path:e.path,problem:e.problem}),new E(`server`,`The Hero API sent an answer the kit could not use. Try again; if it keeps happening, tell your administrator.`,{issues:n.map(e=>({path:e.path.split(`.`),code:e.problem}))})):e}}function kr(e={}){return{...ln,...e}}function Ar(e,t,n){if(t!==void 0){let e=t*1e3;return e>n.maxDelayMs?void 0:e}let r=Math.min(n.maxDelayMs,n.baseDelayMs*2**e);return r/2+r/2*Math.random()}function jr(e,t){if(e===null||e.trim()===``)return;if(/^\d+$/.test(e.trim()))return Number(e.trim());let n=Date.parse(e);return Number.isNaN(n)?void 0:Math.max(0,(n-t)/1e3)}function Mr(e,t){return new Promise((n,r)=>{if(t?.aborted)return r(t.reason);let i=setTimeout(()=>{t?.removeEventListener(`abort`,a),n()},e),a=()=>{clearTimeout(i),r(t?.reason)};t?.addEventListener(`abort`,a,{once:!0})})}function Nr(e,t){return t?t.aborted?Promise.reject(t.reason):new Promise((n,r)=>{let i=()=>r(t.reason);t.addEventListener(`abort`,i,{once:!0}),e.then(e=>{t.removeEventListener(`abort`,i),n(e)},e=>{t.removeEventListener(`abort`,i),r(e)})}):e}function Pr(e){if(typeof e.tokenProvider==`function`)return{kind:`provider`,provider:e.tokenProvider};if(e.tokenUrl)return{kind:`url`,url:e.tokenUrl};if(e.jwtToken)return{kind:`static`,token:e.jwtToken}}function Fr(e){let t=e.split(`.`)[1];if(t)try{let e=t.replace(/-/g,`+`).replace(/_/g,`/`),n=new TextDecoder().decode(Uint8Array.from(atob(e),e=>e.charCodeAt(0))),r=JSON.parse(n);return typeof r==`object`&&r?r:void 0}catch{return}}function Ir(e){let t=Fr(e)?.exp;return typeof t==`number`&&Number.isFinite(t)?t*1e3:void 0}function Lr(e){let t=Fr(e)?.[an];return typeof t==`string`||typeof t==`number`?String(t):void 0}var Rr=class{#e;#t;#n;#r;#i;#a=0;constructor(e,t){this.#e=e,this.#t=t,this.#n=t.leewayMs??6e4}async get(e){let t=this.#r;if(t&&(t.expiresAt===void 0||this.#t.now()<t.expiresAt-this.#n))return t.token;this.#i??=this.#o().finally(()=>{this.#i=void 0}),this.#a++;try{return(await Nr(this.#i,e)).token}finally{this.#a--}}async idle(){await this.#i?.catch(()=>void 0)}invalidate(e){this.#r?.token===e&&(this.#r=void 0)}async#o(){let e=await this.#s(this.#c()),t=Lr(e),n=this.#t.tenantId;if(t!==void 0&&n!==void 0&&t!==n)throw new E(`auth`,`The access token is for another practice group than tenant-id. Check that the token route mints tokens for this practice group.`);let r=Ir(e);if(r!==void 0&&r<=this.#t.now())throw new E(`auth`,this.#e.kind===`static`?`The access token (jwt-token) has expired. Give the element a new one, or use token-url or tokenProvider so it can refresh itself.`:`The token source returned an access token that has already expired. Check the host backend’s clock and token route.`);return this.#r={token:e,expiresAt:r},this.#r}#s(e){let t=this.#t.timeoutMs??3e4,n,r=new Promise((e,r)=>{n=setTimeout(()=>r(new E(`auth`,`The access token did not arrive within ${Math.round(t/1e3)} seconds. Check the host’s token route; the next attempt will try again.`)),t)});return Promise.race([e,r]).finally(()=>clearTimeout(n))}async#c(){let e=this.#e;if(e.kind===`static`)return e.token;if(e.kind===`provider`){let t;try{t=await e.provider()}catch(e){throw new E(`auth`,`The tokenProvider function failed to return an access token. Try again; if it keeps failing, check the host application’s token code.`,{cause:e})}if(typeof t!=`string`||t===``)throw new E(`auth`,`The tokenProvider function returned no access token. It must resolve to the token string.`);return t}return this.#l(e.url)}async#l(e){let{fetch:t,now:n,retry:r}=this.#t;for(let i=0;;i++){let a;try{a=await t(e,{credentials:`include`,cache:`no-store`,headers:{accept:`application/json`}})}catch(e){let t=i<r.retries&&this.#a>0?Ar(i,void 0,r):void 0;if(t!==void 0){if(await Mr(t),this.#a===0)throw new E(`auth`,`The access token is no longer wanted: every request waiting for it was cancelled.`);continue}throw new E(`auth`,`Could not reach the token endpoint (token-url). Check that the host’s token route is running; the next attempt will try again.`,{cause:e})}if(a.ok){let e=await a.json().catch(()=>void 0),t=typeof e==`object`&&e?e.access_token:void 0;if(typeof t==`string`&&t!==``)return t;throw new E(`auth`,`The token endpoint (token-url) answered without an access_token. It must return JSON { "access_token": "..." }.`)}if(a.status===401||a.status===403)throw new E(`auth`,`The token endpoint (token-url) refused to issue a token (HTTP ${a.status}). The user may need to sign in to the host application again.`);let o=i<r.retries&&this.#a>0&&a.status>=500?Ar(i,jr(a.headers.get(`retry-after`),n()),r):void 0;if(o!==void 0){if(await Mr(o),this.#a===0)throw new E(`auth`,`The access token is no longer wanted: every request waiting for it was cancelled.`)}else throw new E(`auth`,`The token endpoint (token-url) failed (HTTP ${a.status}). Check the host’s token route; the next attempt will try again.`)}}},zr=new Set([`GET`,`HEAD`,`PUT`,`DELETE`,`OPTIONS`]),Br=4,Vr=class{#e;#t;#n;#r=new Map;constructor(e){if(this.baseUrl=e.baseUrl.replace(/\/+$/,``),this.tenantId=e.tenantId,this.auth=e.auth===`proxy`?`proxy`:`token`,this.timeoutMs=e.timeoutMs&&e.timeoutMs>0?e.timeoutMs:on,this.#e=e.fetch??((e,t)=>globalThis.fetch(e,t)),this.#t=e.now??Date.now,this.#n=kr(e.retry),this.auth===`token`){if(!e.token)throw new E(`auth`,`No access token source: give the client a token source, or use auth: "proxy".`);if(!e.tenantId)throw new E(`auth`,`No practice group: give the client a tenantId.`);this.tokens=new Rr(e.token,{fetch:this.#e,now:this.#t,retry:this.#n,timeoutMs:this.timeoutMs,tenantId:e.tenantId})}}get(e,...[t]){return this.request(`GET`,e,t)}post(e,...[t]){return this.request(`POST`,e,t)}patch(e,...[t]){return this.request(`PATCH`,e,t)}async listAll(e,t={}){let n=[],r=(r,i)=>this.request(`GET`,e,{...t,query:{...t.query,page_index:r,page_size:i},onDecodeIssues:e=>n.push(...e.map(e=>({...e,path:e.path.replace(`$`,`$page[${r}]`)})))}),i=await r(0,100),a=Array.isArray(i?.data)?i.data:[],o=typeof i?.count==`number`&&Number.isFinite(i.count)?i.count:a.length,s=a.length,c=s===0||s>=o?1:Math.min(50,Math.ceil(o/s)),l=[a],u=1,d=c;await Promise.all(Array.from({length:Math.min(Br,c-1)},async()=>{for(;u<d;){let e=u++,t=(await r(e,s)).data;l[e]=Array.isArray(t)?t:[],l[e].length||(d=Math.min(d,e))}}));let f=new Set,p=[];for(let e of l.slice(0,d))for(let t of e??[]){let e=t?.id;if(typeof e==`string`||typeof e==`number`){if(f.has(String(e)))continue;f.add(String(e))}p.push(t)}return n.length&&t.onDecodeIssues?.(n),{data:p,count:o}}async request(e,t,n={}){let r=this.#o(t,n.path,n.query),i=e.toUpperCase(),a=n.idempotent??zr.has(i),o=n.body===void 0?void 0:JSON.stringify(Ur(n.body)),s=i===`GET`?await this.#i(r,n.signal,e=>this.#a(i,r,void 0,a,e)):await this.#a(i,r,o,a,n.signal),c=Dr(i,t);if(!c)return s;let{value:l,issues:u}=Or(c,s);return u.length&&n.onDecodeIssues?.(u),l}#i(e,t,n){t?.throwIfAborted();let r=this.#r.get(e);if(!r){let t=new AbortController,i={controller:t,users:0,promise:n(t.signal).finally(()=>{this.#r.get(e)===i&&this.#r.delete(e)})};i.promise.catch(()=>void 0),this.#r.set(e,i),r=i}let i=r;if(i.users++,t){let n=()=>{--i.users===0&&(i.controller.abort(),this.#r.get(e)===i&&this.#r.delete(e))};t.addEventListener(`abort`,n,{once:!0}),i.promise.then(()=>t.removeEventListener(`abort`,n),()=>t.removeEventListener(`abort`,n))}return Nr(i.promise,t)}async#a(e,t,n,r,i){let a=!1;for(let o=0;;){i?.throwIfAborted();let s={accept:`application/json`},c;this.tokens&&(c=await this.tokens.get(i),s.authorization=`Bearer ${c}`,s[rn]=this.tenantId??``),n!==void 0&&(s[`content-type`]=`application/json`);let l=new AbortController,u=!1,d=setTimeout(()=>{u=!0,l.abort()},this.timeoutMs),f=()=>l.abort(i?.reason);i?.addEventListener(`abort`,f,{once:!0});let p=()=>{clearTimeout(d),i?.removeEventListener(`abort`,f)},m,h;try{m=await this.#e(t,{method:e,headers:s,body:n??null,signal:l.signal}),h=m.ok&&m.status!==204?await m.text():``}catch(e){if(p(),i?.aborted)throw i.reason;let t=r&&o<this.#n.retries?Ar(o,void 0,this.#n):void 0;if(t===void 0)throw u?Xt(this.timeoutMs,!r):Yt(e,!r);await Mr(t,i),o++;continue}if(m.status===401&&c!==void 0&&!a)p(),a=!0,this.tokens?.invalidate(c),m.body?.cancel().catch(()=>void 0);else{if(!m.ok){let e=jr(m.headers.get(`retry-after`),this.#t());if(r&&cn.has(m.status)&&o<this.#n.retries){let t=Ar(o,e,this.#n);if(t!==void 0){p(),m.body?.cancel().catch(()=>void 0),await Mr(t,i),o++;continue}}let t=await m.json().catch(()=>void 0);throw p(),Jt(m.status,t,e,!r&&sn.has(m.status))}if(p(),!h)return;try{return JSON.parse(h)}catch(e){if(r&&o<this.#n.retries){o++;continue}throw new E(`server`,`The Hero API sent a response the kit could not read. Try again in a moment.`,{status:m.status,cause:e,outcomeUnknown:!r})}}}}#o(e,t,n){let r=t??{},i=e.replace(/\{(\w+)\}/g,(e,t)=>{let n=r[t];if(!Hr(n)||String(n).trim()===``)throw new E(`validation`,`The kit tried to call the API without a usable "${t}"; nothing was sent.`);return encodeURIComponent(String(n))}),a=new URLSearchParams;for(let[e,t]of Object.entries(n??{}))if(t!=null){if(!Hr(t))throw new E(`validation`,`The kit tried to call the API with an unusable "${e}"; nothing was sent.`);for(let n of Array.isArray(t)?t:[t])a.append(e,String(n))}let o=a.toString();return`${this.baseUrl}${i}${o?`?${o}`:``}`}};function Hr(e){return e==null?!1:typeof e==`number`?Number.isFinite(e):typeof e!=`string`||!/^(undefined|null|NaN)$/.test(e)}function Ur(e,t=`body`){if(Array.isArray(e))e.forEach((e,n)=>Ur(e,`${t}[${n}]`));else if(typeof e==`object`&&e)for(let[n,r]of Object.entries(e)){if(r!==null&&typeof r!=`object`&&!Hr(r))throw new E(`validation`,`The kit tried to send "${t}.${n}" without a usable value; nothing was sent.`);Ur(r,`${t}.${n}`)}return e}function Wr(e){return e.auth===`proxy`?!!e.baseUrl:!!(e.tenantId&&Pr(e))}var Gr=new Map,Kr=new WeakMap,qr=1,Jr=16;function Yr(e){switch(e.kind){case`provider`:{let t=Kr.get(e.provider);return t===void 0&&Kr.set(e.provider,t=qr++),`provider:${t}`}case`url`:return`url:${e.url}`;case`static`:return`static:${e.token}`}}function Xr(e){let t=Number(e.requestTimeout)>0?Number(e.requestTimeout):void 0;if(e.auth===`proxy`){if(!e.baseUrl)throw new E(`auth`,`auth="proxy" needs base-url: the address of the host’s Hero proxy (createProxyHandler).`);let n=un(void 0,e.baseUrl);return Zr(`proxy\n${n}\n${t??``}`,()=>new Vr({baseUrl:n,auth:`proxy`,timeoutMs:t}))}if(!e.tenantId)throw new E(`auth`,`No practice group: set tenant-id on the element or on a <hero-provider> around it.`);let n=Pr(e);if(!n)throw new E(`auth`,`No access token source: set token-url, jwt-token or tokenProvider on the element or on a <hero-provider> around it.`);let r=un(e.env,e.baseUrl),i=e.tenantId;return Zr(`${r}\n${i}\n${Yr(n)}\n${t??``}`,()=>new Vr({baseUrl:r,tenantId:i,token:n,timeoutMs:t}))}function Zr(e,t){let n=Gr.get(e);return n||(n=t(),Gr.set(e,n),Gr.size>Jr&&Gr.delete(Gr.keys().next().value)),n}var Qr=class{#e;#t;#n;constructor(e,t,n){this.#n=0,this.get=((e,t)=>this.#i(n=>this.shared.get(e,this.#r(t,n)),t)),this.listAll=((e,t)=>this.#i(n=>this.shared.listAll(e,this.#r(t,n)),t)),this.post=((e,t)=>t?.idempotent?this.#i(n=>this.shared.post(e,this.#r(t,n)),t):this.#a(()=>this.shared.post(e,this.#r(t)))),this.patch=((e,t)=>t?.idempotent?this.#i(n=>this.shared.patch(e,this.#r(t,n)),t):this.#a(()=>this.shared.patch(e,this.#r(t)))),this.shared=e,this.#e=t,this.#t=n}#r(e,t){return{onDecodeIssues:this.#t,...e,...t?{signal:t}:{}}}get reading(){return this.#n>0}async#i(e,t){let n=this.#e();n.throwIfAborted();let r=t?.signal;this.#n++;try{return await e(r?AbortSignal.any([r,n]):n)}finally{this.#n--}}async#a(e){return this.#e().throwIfAborted(),e()}},$r=[`tenantId`,`env`,`baseUrl`,`jwtToken`,`tokenUrl`,`tokenProvider`,`lang`,`auth`,`requestTimeout`,`practicePhone`],ei=class{#e;#t;constructor(e){Wt(),this.#e=e,this.#t=new Oe(e,{context:Ht,subscribe:!0})}get inherited(){return this.#t.value}get config(){let e={...this.inherited};for(let t of $r){let n=this.#e[t];n!==void 0&&n!==``&&(e[t]=n)}return e}},ti=class{#e;#t;#n=new AbortController;#r;#i;#a;#o;#s=!1;constructor(e,t){this.#e=e,this.#t=t,e.addController(this)}get client(){return this.#i}get signal(){return this.#n.signal}get error(){return this.#a}get waiting(){return!this.#i&&!this.#a&&this.#t.needed()}hostConnected(){this.#n.signal.aborted&&(this.#n=new AbortController,this.#s&&(this.#i=void 0)),this.#s=!1,this.#c()}hostDisconnected(){this.#s=this.#i?.reading??!1,this.#n.abort(),this.#d()}hostUpdate(){this.#c()}#c(){let e=this.#l();(e!==this.#r||e&&!this.#i)&&(this.#r=e,this.#i=e&&new Qr(e,()=>this.#n.signal,this.#t.onDecodeIssues)),e||!this.#t.needed()?(this.#d(),this.#a=void 0):!this.#a&&this.#o===void 0&&this.#e.isConnected&&(this.#o=setTimeout(()=>this.#u(),this.#t.grace()))}#l(){let e=this.#t.config();try{return Wr(e)?Xr(e):void 0}catch{return}}#u(){if(this.#o=void 0,this.#l()||!this.#t.needed())return this.#e.requestUpdate();let e;try{Xr(this.#t.config()),e=new E(`auth`,`The element is not configured.`)}catch(t){e=en(t)}this.#a=e,this.#e.requestUpdate(),this.#t.onMissing(e)}#d(){clearTimeout(this.#o),this.#o=void 0}};function ni(e,t,n,r){let i=en(t).code;if(n===`staff`)return e(`error.staff.${i}`);let a=r?.trim();return`${e(`error.patient.${i}`)} ${a?e(`error.patient.call`,{phone:a}):e(`error.patient.contact`)}`}function ri(e,t){return C`<div class="message error" role="alert" part="error">
    <p>${e}</p>
    ${t?C`<button type="button" class="button secondary" part="retry-button" @click=${t.run}>${t.label}</button>`:w}
  </div>`}function ii(e,t){return e.length?C`<div id="error-summary" class="error-summary" part="error-summary" tabindex="-1" aria-labelledby="error-summary-title">
    <div role="alert">
      <div id="error-summary-title" class="error-summary-title" role="heading" aria-level=${t.level}>${t.title}</div>
      ${t.description?C`<p class="error-summary-description">${t.description}</p>`:w}
      <ul>
        ${e.map(e=>C`<li>
              <a
                href="#${e.target}"
                @click=${n=>{n.preventDefault(),t.focus(`#${CSS.escape(e.target)}`)}}
                >${e.message}</a
              >
            </li>`)}
      </ul>
    </div>
  </div>`:w}var ai=[`[role="alert"]`,`[part~="loading"], [aria-busy="true"], [role="status"]:not(.visually-hidden)`,`h1, h2, h3, h4, h5, h6, [role="heading"]`];function oi(e){e.tabIndex<0&&!e.hasAttribute(`tabindex`)&&(e.tabIndex=-1),e.focus(),e.scrollIntoView?.({block:`nearest`})}var si=class{#e;#t=null;constructor(e){this.#e=e,e.addController(this)}hostUpdate(){this.#t=this.#e.shadowRoot?.activeElement??null}hostUpdated(){let e=this.#t;this.#t=null;let t=this.#e.shadowRoot;if(!e||e.isConnected||!t||t.activeElement||!this.#e.isConnected)return;let n=document.activeElement;if(n&&n!==document.body)return;let r=e=>!!e.textContent?.trim();for(let e of ai){let n=[...t.querySelectorAll(e)].find(r);if(n)return oi(n)}this.#e.focus()}},ci={loading:`Loading…`,retry:`Try again`,"summary.title":`There is a problem`,"error.config":`This has not been set up. It needs a practice group (tenant-id) and a way to get access tokens (token-url, jwt-token or tokenProvider), or auth="proxy" with base-url, on the element or on a <hero-provider> around it.`,"error.patient.auth":`Sorry, there is a problem with the service. Try again later.`,"error.patient.network":`Sorry, we could not connect. Check your internet connection and try again.`,"error.patient.not_found":`Sorry, we could not find what you were looking for. It may have been changed or removed.`,"error.patient.validation":`Sorry, we could not accept this. Check your answers and try again.`,"error.patient.conflict":`Sorry, this was changed while you were using it. Try again to see the latest.`,"error.patient.rate_limited":`Sorry, the service is busy. Wait a minute, then try again.`,"error.patient.server":`Sorry, there is a problem with the service. Try again later.`,"error.patient.call":`If you need help now, call your GP surgery on {phone}.`,"error.patient.contact":`If you need help now, contact your GP surgery.`,"error.staff.auth":`The connection to Hero is not authorised. Sign in again; if this keeps happening, ask your administrator to check the set-up.`,"error.staff.network":`Hero could not be reached. Check your internet connection, then try again.`,"error.staff.not_found":`This could not be found. It may have been changed or removed.`,"error.staff.validation":`Hero could not accept this. Check the details, then try again.`,"error.staff.conflict":`Someone else changed this at the same time. Try again to see the latest.`,"error.staff.rate_limited":`Too many requests were made. Wait a minute, then try again.`,"error.staff.server":`Hero is having a problem. Try again in a few minutes.`},li=class{#e;#t;#n;constructor(e,t){this.#e=e,this.#t=t,e.addController(this)}hostConnected(){ve(this,this.#e),this.langChanged()}hostDisconnected(){ye(this)}langChanged(){this.#n!==void 0&&this.#r()!==this.#n&&this.#e.requestUpdate()}prepare(){return fe(this.#n=this.#r())?.then(()=>{this.#n=this.#r()})}get language(){return this.#n??this.#r()}get locale(){return/^cy\b/i.test(this.language)?`cy-GB`:`en-GB`}t(e,t){let{translations:n,key:r=`common`}=this.#t,i=this.language,a=de(i);return he(me(this.#t.strings(),i,e)??pe(n,i)?.[e]??a?.[r]?.[e]??a?.common?.[e]??n[`en-GB`][e]??ci[e],e,t)}#r(){return this.#e.lang||x(this.#e)||this.#t.inherited()||`en-GB`}};function ui(e,t,n){try{n?e.states.add(t):e.states.delete(t)}catch{}}var di=class{#e;#t;#n=!1;#r=!1;constructor(e,t){this.#e=e,this.#t=t}get ready(){return this.#n}async mark(){this.#r||(this.#r=!0,await this.#e.updateComplete,this.#n=!0,ui(this.#t,`ready`,!0),this.#e.dispatchEvent(new CustomEvent(`hero-ready`,{detail:{},bubbles:!0,composed:!0})))}},fi=class extends Bt{static{this.properties={tenantId:{attribute:`tenant-id`},env:{},baseUrl:{attribute:`base-url`},jwtToken:{attribute:`jwt-token`},tokenUrl:{attribute:`token-url`},tokenProvider:{attribute:!1},auth:{},requestTimeout:{attribute:`request-timeout`,type:Number},practicePhone:{attribute:`practice-phone`},lang:{reflect:!0}}}#e=new ei(this);get config(){return this.#e.config}get inheritedConfig(){return this.#e.inherited}},I=class extends fi{static{this.shadowRootOptions={...Bt.shadowRootOptions,delegatesFocus:!0}}static{this.properties={strings:{attribute:!1},headingLevel:{attribute:`heading-level`,type:Number}}}static{this.translations={"en-GB":{}}}static{this.configGracePeriod=3e3}#e;#t;#n;#r;constructor(){super();let e=this.constructor;this.headingLevel=2,this.internals=this.attachInternals(),this.#e=new ti(this,{config:()=>this.config,needed:()=>this.needsConfig,grace:()=>e.configGracePeriod,onMissing:e=>void this.reportError(e),onDecodeIssues:e=>e.some(e=>e.skipped)&&void this.reportError(new E(`server`,`Part of the Hero API’s answer could not be used and was left out. Tell your administrator if this keeps happening.`))}),this.#t=new li(this,{translations:e.translations,key:e.translationKey,strings:()=>this.strings,inherited:()=>this.inheritedConfig?.lang}),this.#n=new D(this),this.#r=new di(this,this.internals),new si(this)}get ready(){return this.#r.ready}get audience(){return`patient`}get needsConfig(){return!0}renderContent(){return C``}get client(){return this.#e.client}get signal(){return this.#e.signal}requireClient(){let e=this.#e.client;if(e)return e;throw this.#e.error??new E(`auth`,`The element is not configured yet.`)}get language(){return this.#t.language}get locale(){return this.#t.locale}t(e,t){return this.#t.t(e,t)}level(e=0){let t=Math.round(Number(this.headingLevel));return Math.min(6,Math.max(1,(Number.isFinite(t)?t:2)+e))}scheduleUpdate(){let e=this.#t.prepare();return e?e.then(()=>super.scheduleUpdate()):super.scheduleUpdate()}emit(e,t){return this.dispatchEvent(new CustomEvent(e,{detail:t,bubbles:!0,composed:!0,cancelable:!0}))}markReady(){return this.#r.mark()}setStates(e){for(let[t,n]of Object.entries(e))ui(this.internals,t,n)}announce(e){this.#n.announce(e)}renderAnnouncer(){return this.#n.render()}async focusOn(e){await this.updateComplete;let t=this.renderRoot.querySelector(e);t&&oi(t)}errorMessage(e){return ni((e,t)=>this.t(e,t),e,this.audience,this.config.practicePhone)}renderError(e,t){return ri(this.errorMessage(e),t&&{label:this.t(`retry`),run:t})}renderErrorSummary(e,t=this.level(),n){return ii(e,{title:this.t(`summary.title`),level:t,description:n,focus:e=>void this.focusOn(e)})}reportError(e){if($t(e))return;let t=en(e);return this.emit(`hero-error`,t.toDetail()),t}render(){let e=this.#e;return e.client||!this.needsConfig?this.renderContent():e.error?ri(this.t(`error.config`)):C`<div class="loading" part="loading" role="status"><span class="spinner" aria-hidden="true"></span><span>${this.t(`loading`)}</span></div>`}},pi=class extends fi{static{this.styles=ze`:host{display:contents}:host([hidden]){display:none}






  `}#e=new je(this,{context:Ht});connectedCallback(){super.connectedCallback(),this.#e.setValue(this.config)}willUpdate(e){super.willUpdate(e),this.#e.setValue(this.config)}render(){return C`<slot></slot>`}};customElements.get(`hero-provider`)||customElements.define(`hero-provider`,pi);var L={INITIAL:0,PENDING:1,COMPLETE:2,ERROR:3},mi=Symbol(),hi=class{get taskComplete(){return this.t||=this.i===1?new Promise(((e,t)=>{this.o=e,this.h=t})):this.i===3?Promise.reject(this.l):Promise.resolve(this.u),this.t}constructor(e,t,n){this.p=0,this.i=0,(this._=e).addController(this);let r=typeof t==`object`?t:{task:t,args:n};this.v=r.task,this.j=r.args,this.m=r.argsEqual??gi,this.k=r.onComplete,this.A=r.onError,this.autoRun=r.autoRun??!0,`initialValue`in r&&(this.u=r.initialValue,this.i=2,this.O=this.T?.())}hostUpdate(){!0===this.autoRun&&this.S()}hostUpdated(){this.autoRun===`afterUpdate`&&this.S()}T(){if(this.j===void 0)return;let e=this.j();if(!Array.isArray(e))throw Error(`The args function must return an array`);return e}async S(){let e=this.T(),t=this.O;this.O=e,e===t||e===void 0||t!==void 0&&this.m(t,e)||await this.run(e)}async run(e){let t,n;e??=this.T(),this.O=e,this.i===1?this.q?.abort():(this.t=void 0,this.o=void 0,this.h=void 0),this.i=1,this.autoRun===`afterUpdate`?queueMicrotask((()=>this._.requestUpdate())):this._.requestUpdate();let r=++this.p;this.q=new AbortController;let i=!1;try{t=await this.v(e,{signal:this.q.signal})}catch(e){i=!0,n=e}if(this.p===r){if(t===mi)this.i=0;else{if(!1===i){try{this.k?.(t)}catch{}this.i=2,this.o?.(t)}else{try{this.A?.(n)}catch{}this.i=3,this.h?.(n)}this.u=t,this.l=n}this._.requestUpdate()}}abort(e){this.i===1&&this.q?.abort(e)}get value(){return this.u}get error(){return this.l}get status(){return this.i}render(e){switch(this.i){case 0:return e.initial?.();case 1:return e.pending?.();case 2:return e.complete?.(this.value);case 3:return e.error?.(this.error);default:throw Error(`Unexpected status: `+this.i)}}},gi=(e,t)=>e===t||e.length===t.length&&e.every(((e,n)=>!et(e,t[n]))),_i=class extends I{static{this.formAssociated=!0}static{this.properties={name:{reflect:!0},required:{type:Boolean,reflect:!0},disabled:{type:Boolean,reflect:!0},formDisabled:{state:!0}}}constructor(){super(),this.required=!1,this.disabled=!1,this.formDisabled=!1}get form(){return this.internals.form}get validity(){return this.internals.validity}get validationMessage(){return this.internals.validationMessage}get willValidate(){return this.internals.willValidate}checkValidity(){return this.internals.checkValidity()}reportValidity(){return this.internals.reportValidity()}formDisabledCallback(e){this.formDisabled=e}get isDisabled(){return this.disabled||this.formDisabled}},vi=ze`:host{display:block;box-sizing:border-box;color:var(--hero-color-text,#212b32);font-family:var(--hero-font-family,system-ui,-apple-system,'Segoe UI',Roboto,Arial,sans-serif);font-size:var(--hero-font-size-m,1rem);line-height:var(--hero-line-height,1.5);font-style:normal;font-variant:normal;font-weight:var(--hero-font-weight-normal,400);letter-spacing:normal;text-align:start;text-indent:0;text-shadow:none;text-transform:none;white-space:normal;word-break:normal;word-spacing:normal;hyphens:manual;cursor:auto}:host([hidden]){display:none}*,*::before,*::after{box-sizing:inherit}:focus-visible{outline:var(--hero-focus-ring-width,3px) solid var(--hero-focus-ring-color,#ffb81c);outline-offset:var(--hero-focus-ring-offset,2px)}.visually-hidden{position:absolute !important;width:1px !important;height:1px !important;margin:-1px !important;padding:0 !important;overflow:hidden !important;clip:rect(0 0 0 0) !important;white-space:nowrap !important;border:0 !important}.button{display:inline-flex;align-items:center;justify-content:center;gap:var(--hero-space-s,0.5rem);min-height:var(--hero-target-size,2.75rem);min-width:var(--hero-target-size,2.75rem);padding:var(--hero-space-s,0.5rem) var(--hero-space-m,1rem);border:var(--hero-border-width,1px) solid transparent;border-radius:var(--hero-radius-m,0.5rem);background:var(--hero-color-primary,#005eb8);--_fg:var(--hero-color-on-primary,#ffffff);color:var(--_fg);font:inherit;font-weight:var(--hero-font-weight-bold,600);cursor:pointer;transition:background-color var(--hero-transition-fast,120ms ease-out)}.button:hover{background:var(--hero-color-primary-hover,#004c93)}.button:active{background:var(--hero-color-primary-active,#003d78)}.button[aria-disabled='true'],.button:disabled{opacity:0.6;cursor:not-allowed}.button.secondary{background:var(--hero-color-surface,#ffffff);--_fg:var(--hero-color-primary,#005eb8);border-color:currentColor}.button.secondary:hover{background:var(--hero-color-surface-raised,#f0f4f5)}a,.link,.back{--_fg:var(--hero-color-primary,#005eb8);color:var(--_fg)}.button:focus-visible,a:focus-visible,.link:focus-visible,.back:focus-visible{background-image:linear-gradient(var(--hero-focus-background,transparent),var(--hero-focus-background,transparent));color:var(--hero-focus-text-color,var(--_fg));box-shadow:var(--hero-focus-shadow,none)}p,dl,dd,fieldset{margin:0}fieldset{padding:0;border:0;min-width:0}legend:not(.label){padding:0;margin-block-end:var(--hero-space-s,0.5rem);font-size:var(--hero-font-size-l,1.1875rem);font-weight:var(--hero-font-weight-bold,600)}.loading,.field.loading{display:flex;align-items:center;gap:var(--hero-space-s,0.5rem)}.button.small{padding-block:var(--hero-space-xs,0.25rem);font-size:var(--hero-font-size-s,0.875rem)}.link,.back{min-height:var(--hero-target-size,2.75rem);padding:0 var(--hero-space-xs,0.25rem);border:0;background:none;font:inherit;text-decoration:underline;cursor:pointer}.message{padding:var(--hero-space-m,1rem);border-inline-start:4px solid var(--hero-color-border-strong,#4c6272);border-radius:var(--hero-radius-s,0.25rem);background:var(--hero-color-surface-raised,#f0f4f5)}.message.error{border-color:var(--hero-color-danger,#d5281b);background:var(--hero-color-danger-surface,#fbe9e7)}.spinner{display:inline-block;flex:none;width:1.25em;height:1.25em;border:3px solid var(--hero-color-border,#828e96);border-block-start-color:var(--hero-color-primary,#005eb8);border-radius:50%;vertical-align:-0.25em;animation:hero-spin 0.8s linear infinite}@keyframes hero-spin{to{transform:rotate(1turn)}}@media (prefers-reduced-motion:reduce){.spinner{animation:none}}.error-summary{margin-block-end:var(--hero-space-l,1.5rem);padding:var(--hero-space-m,1rem);border:4px solid var(--hero-color-danger,#d5281b);border-radius:var(--hero-radius-s,0.25rem)}.error-summary-title{margin-block-end:var(--hero-space-s,0.5rem);font-size:var(--hero-font-size-l,1.1875rem);font-weight:var(--hero-font-weight-bold,600)}.error-summary ul{margin:0;padding-inline-start:var(--hero-space-l,1.5rem)}.error-summary a{--_fg:var(--_error,var(--hero-color-danger,#d5281b));font-weight:var(--hero-font-weight-bold,600)}@media (forced-colors:active){.spinner{border-color:CanvasText;border-block-start-color:Highlight}.error-summary{border-color:CanvasText}a,.link,.back{--_fg:LinkText}.button{--_fg:ButtonText;border-color:ButtonText}.button[aria-disabled='true'],.button:disabled{--_fg:GrayText;border-color:GrayText;opacity:1}:focus-visible{outline-color:Highlight;outline-style:solid;outline-width:max(3px,var(--hero-focus-ring-width,3px))}.button:focus-visible,a:focus-visible,.link:focus-visible,.back:focus-visible{background-image:none;color:var(--_fg)}.message{border:1px solid CanvasText}}


















































































































































































































































`,yi=ze`.field{display:grid;gap:var(--hero-space-xs,0.25rem)}.field>*{max-width:100%}.field.invalid{padding-inline-start:var(--hero-space-m,1rem);border-inline-start:4px solid var(--_error,var(--hero-color-danger,#d5281b))}.label{padding:0;font-weight:var(--hero-font-weight-bold,600)}.hint{color:var(--hero-color-text-muted,#4c6272)}.error-message{color:var(--_error,var(--hero-color-danger,#d5281b));font-weight:var(--hero-font-weight-bold,600)}.input{width:100%;min-height:var(--hero-target-size,2.75rem);padding:var(--hero-space-xs,0.25rem) var(--hero-space-s,0.5rem);border:2px solid var(--_input-border,var(--hero-color-border-strong,#4c6272));border-radius:var(--hero-radius-s,0.25rem);background:var(--hero-color-surface,#ffffff);color:inherit;font:inherit}.field.invalid>.input,.input[aria-invalid='true']{border-color:var(--_error,var(--hero-color-danger,#d5281b))}.choice{display:flex;align-items:flex-start;gap:var(--hero-space-s,0.5rem);min-height:var(--hero-target-size,2.75rem)}.choice input{flex:none;width:1.5rem;height:1.5rem;margin:0.625rem 0 0;accent-color:var(--_accent,var(--hero-color-primary,#005eb8));cursor:pointer}.choice label{padding-block:0.625rem;cursor:pointer}.choice input:disabled,.choice input:disabled + label{cursor:not-allowed;opacity:0.6}@media (forced-colors:active){.input{border-color:FieldText}.field.invalid{border-color:CanvasText}.field.invalid>.input,.input[aria-invalid='true']{border-width:4px;border-color:CanvasText}:host .input:disabled,:host .choice input:disabled + label{color:GrayText;border-color:GrayText;opacity:1}.choice input{accent-color:auto}}



















































































`,bi=new Set([`string`,`integer`,`boolean`,`datepicker`,`text`,`radio`,`dropdown`,`checkboxes`,`consent`,`paragraph`]),xi=e=>e.type!==`paragraph`&&bi.has(e.type),Si={day:``,month:``,year:``},Ci=e=>typeof e==`object`&&!!e&&!Array.isArray(e),wi=/^-?\d+$/;function Ti(e,t){let n=e.options?.map(e=>e.value)??[];switch(e.type){case`string`:case`text`:return typeof t==`string`&&t.trim()?t.trim():void 0;case`integer`:{let e=typeof t==`string`?t.trim():``;return wi.test(e)?Number(e):void 0}case`boolean`:return typeof t==`boolean`?t:void 0;case`consent`:return t===!0;case`datepicker`:{if(!Ci(t))return;let e=En(t,{optional:!0});return e.ok?e.date:void 0}case`radio`:case`dropdown`:return typeof t==`string`&&n.includes(t)?t:void 0;case`checkboxes`:{let e=Array.isArray(t)?n.filter(e=>t.includes(e)):[];return e.length?e:void 0}default:return}}function Ei(e,t){if(t!=null)switch(e.type){case`boolean`:case`consent`:return typeof t==`boolean`?t:void 0;case`checkboxes`:return Array.isArray(t)?t.map(String):[String(t)];case`datepicker`:return typeof t==`string`&&/^\d{4}-\d{2}-\d{2}/.test(t)?xn(t.slice(0,10)):void 0;default:return Array.isArray(t)?void 0:String(t)}}function Di(e){return e===void 0?!0:typeof e==`boolean`?!1:typeof e==`string`?!e.trim():Array.isArray(e)?e.length===0:Ci(e)?!(e.day.trim()||e.month.trim()||e.year.trim()):!1}function Oi(e,t,n=!1){let r=!!e.required&&!n;if(e.type===`datepicker`){let e=En(Ci(t)?t:Si,{optional:!r});return e.ok?void 0:{code:`date.${e.code}`,parts:e.fields}}if(e.type===`consent`)return r&&t!==!0?{code:`consent`}:void 0;if(Di(t))return r?{code:e.type===`string`||e.type===`text`||e.type===`integer`?`required.enter`:`required.select`}:void 0;if(e.type===`integer`){let n=Ti(e,t);if(typeof n!=`number`)return{code:`whole_number`};let{min:r,max:i}=e,a=r!=null&&n<r;if(a||i!=null&&n>i)return{code:r!=null&&i!=null?`between`:a?`min`:`max`}}}function ki(e,t){let n=e.name.trim().replace(/\s+/g,` `),r=n.length<=60&&!/[?:.]$/.test(n),i=r?Dn(n):t(n);return{label:n,subject:r?n:i.charAt(0).toUpperCase()+i.slice(1),subject_lower:i,min:e.min??``,max:e.max??``}}var Ai=e=>`problem.${e.code}`,ji={systolic_blood_pressure:`mmHg`,diastolic_blood_pressure:`mmHg`,height:`cm`,weight:`kg`,body_mass_index:`kg/m²`},Mi=e=>e.unit||(e.observation_type?ji[e.observation_type]:void 0);function Ni(e,t){if(e===void 0||t===void 0||!(e>=30&&e<=300&&t>=1&&t<=700))return;let n=e/100;return Math.round(t/(n*n)*10)/10}var Pi=(e,t)=>e.type===`integer`?String(Math.round(t)):t.toFixed(1),Fi=[`day`,`month`,`year`];function Ii(e,t){let n=`q-${e.form_question_id}`;return e.type===`datepicker`?`${n}-${t?.[0]??`day`}`:e.type===`radio`||e.type===`checkboxes`||e.type===`boolean`?`${n}-0`:n}var Li=(...e)=>e.filter(Boolean).join(` `)||w;function Ri(e,t){let n=`q-${e.form_question_id}`;if(e.type===`paragraph`)return C`<p class="paragraph" part="paragraph">${e.name}</p>`;let r=e.description||(e.type===`datepicker`?t.t(`date.hint`):``),i=r?C`<p class="hint" part="hint" id="${n}-hint">${r}</p>`:w,a=t.error?C`<p class="error-message" part="error-message" id="${n}-error">
        <span class="visually-hidden">${t.t(`error.prefix`)}</span> ${t.error.message}
      </p>`:w,o=!!t.error,s=e.type===`radio`||e.type===`checkboxes`||e.type===`boolean`||e.type===`consent`||e.type===`datepicker`,c=`field ${o?`invalid`:``}`;if(s)return C`<fieldset
      class=${c}
      part="field"
      role=${e.type===`datepicker`?`group`:w}
      aria-describedby=${Li(r&&`${n}-hint`,o&&`${n}-error`)}
    >
      <legend class="label" part="label">${e.type===`consent`?t.t(`consent.legend`):e.name}</legend>
      ${i}${a}${zi(e,n,t)}
    </fieldset>`;let l=Mi(e),u=Li(r&&`${n}-hint`,o&&`${n}-error`,l&&`${n}-unit`),d=typeof t.raw==`string`?t.raw:``,f;if(e.type===`text`)f=C`<textarea id=${n} class="input" part="input" rows="5" data-q=${e.form_question_id} data-kind="text"
      ?required=${!!e.required} ?disabled=${t.disabled} aria-invalid=${o} aria-describedby=${u} .value=${d}></textarea>`;else if(e.type===`dropdown`)f=C`<select id=${n} class="input" part="input" data-q=${e.form_question_id} data-kind="select"
      ?required=${!!e.required} ?disabled=${t.disabled} aria-invalid=${o} aria-describedby=${u} .value=${d}>
      <option value="" ?selected=${!d}>${t.t(`select.placeholder`)}</option>
      ${(e.options??[]).map(e=>C`<option value=${e.value} ?selected=${e.value===d}>${e.label}</option>`)}
    </select>`;else{let r=e.type===`integer`;f=C`<input id=${n} class="input ${r?`number`:``}" part="input" type="text" data-q=${e.form_question_id}
      data-kind="text" inputmode=${r?`numeric`:w}
      ?required=${!!e.required} ?disabled=${t.disabled} aria-invalid=${o} aria-describedby=${u} .value=${d} />`}return C`<div class=${c} part="field">
    <label class="label" part="label" for=${n}>${e.name}</label>
    ${i}${a}
    <div class="control">${f}${l?C`<span class="unit" part="unit" id="${n}-unit">${l}</span>`:w}</div>
    ${t.extra??w}
  </div>`}function zi(e,t,n){let r=e.form_question_id,i=!!n.error;if(e.type===`datepicker`){let e=Ci(n.raw)?n.raw:Si;return C`<div class="date">
      ${Fi.map(i=>C`<div class="date-part">
          <label class="date-label" for="${t}-${i}">${n.t(`date.${i}`)}</label>
          <input id="${t}-${i}" class="input ${i}" part="input" type="text" inputmode="numeric" spellcheck="false"
            data-q=${r} data-kind=${i} ?disabled=${n.disabled} aria-invalid=${!!n.error?.parts?.includes(i)} .value=${e[i]} />
        </div>`)}
    </div>`}if(e.type===`consent`)return C`<div class="choices">
      <div class="choice">
        <input id="${t}" type="checkbox" data-q=${r} data-kind="consent" ?required=${!!e.required} ?disabled=${n.disabled}
          aria-invalid=${i} .checked=${n.raw===!0} />
        <label for="${t}">${e.name}</label>
      </div>
    </div>`;let a=e.type===`checkboxes`,o=e.type===`boolean`?[{label:n.t(`yes`),value:`true`},{label:n.t(`no`),value:`false`}]:e.options??[],s=e=>Array.isArray(n.raw)?n.raw.includes(e):String(n.raw)===e;return C`<div class="choices ${e.type===`boolean`?`inline`:``}">
    ${o.map((o,c)=>C`<div class="choice">
        <input id="${t}-${c}" type=${a?`checkbox`:`radio`} name=${t} value=${o.value} data-q=${r}
          data-kind=${a?`check`:e.type===`boolean`?`bool`:`radio`} ?required=${!a&&!!e.required}
          ?disabled=${n.disabled} aria-invalid=${i} .checked=${s(o.value)} />
        <label for="${t}-${c}">${o.label}</label>
      </div>`)}
  </div>`}async function Bi(e,t,n,r,i){let[a,o]=await Promise.all([r??e.get(`/v1/forms/{id}`,{path:{id:t},signal:i}),n?e.get(`/v1/form_submission_response/{id}`,{path:{id:n},signal:i}):void 0]);return{form:a,saved:o&&new Map(o.fields.map(e=>[e.form_question_id,e.value]))}}function Vi(e,t,n,r){let i={answers:r.answers,status:r.status};return r.patientId&&(i.patient_id=r.patientId),r.appointmentId&&(i.appointment_id=r.appointmentId),n?e.post(`/v1/forms/response/{id}`,{path:{id:n},body:i}):e.post(`/v1/forms/{id}/response`,{path:{id:t},body:i})}var Hi=ze`:host{--_gap:var(--hero-form-renderer-gap,var(--hero-space-l,1.5rem));--_input-border:var(--hero-form-renderer-input-border-color,var(--hero-color-border-strong,#4c6272));--_error:var(--hero-form-renderer-error-color,var(--hero-color-danger,#d5281b));--_accent:var(--hero-form-renderer-accent-color,var(--hero-color-primary,#005eb8));--_panel-bg:var(--hero-form-renderer-panel-background,var(--hero-color-success,#007f3b));--_panel-fg:var(--hero-form-renderer-panel-color,var(--hero-color-on-primary,#ffffff));max-width:var(--hero-form-renderer-max-width,40rem);overflow-wrap:break-word}.base,form,.fields,.header,.review{display:grid;gap:var(--_gap)}.header{gap:var(--hero-space-s,0.5rem)}h2,h3,h4,ul,.error-summary{margin:0}h2{font-size:var(--hero-font-size-xl,1.5rem)}h3{font-size:var(--hero-font-size-l,1.1875rem)}[tabindex='-1']:not(.error-summary):focus{outline:none}.pre,.paragraph{white-space:pre-line}.field{justify-items:start}.control{display:flex;flex-wrap:wrap;align-items:center;gap:var(--hero-space-s,0.5rem);width:100%}.input{max-width:30em}textarea.input{resize:vertical}.input.number{max-width:6em;font-variant-numeric:tabular-nums}.input:focus-visible{box-shadow:inset 0 0 0 2px var(--hero-color-text,#212b32)}.input:disabled{opacity:0.6}.date{display:flex;flex-wrap:wrap;gap:var(--hero-space-m,1rem)}.date-part{display:grid}.date .input{width:3.5em}.date .year{width:5em}.choices{display:grid;gap:var(--hero-space-xs,0.25rem)}.choices.inline{display:flex;flex-wrap:wrap;column-gap:var(--hero-space-l,1.5rem)}.field.invalid .choice input{outline:2px solid var(--_error);outline-offset:1px}.bmi{display:grid;gap:var(--hero-space-s,0.5rem);justify-items:start;padding:var(--hero-space-s,0.5rem) var(--hero-space-m,1rem);border-inline-start:4px solid var(--_accent);background:var(--hero-color-info-surface,#e8f1fa)}.actions{display:flex;flex-wrap:wrap;gap:var(--hero-space-s,0.5rem) var(--hero-space-m,1rem);align-items:center}.back{justify-self:start}.back::before{content:'‹ '}.progress{display:grid;gap:var(--hero-space-xs,0.25rem);color:var(--hero-color-text-muted,#4c6272)}progress{width:100%;height:0.5rem;accent-color:var(--_accent)}.notice{display:grid;gap:var(--hero-space-s,0.5rem);padding:var(--hero-space-m,1rem);border:4px solid var(--hero-color-success,#007f3b);border-radius:var(--hero-radius-s,0.25rem)}.error-summary{border-color:var(--_error)}.panel{display:grid;gap:var(--hero-space-s,0.5rem);padding:var(--hero-space-l,1.5rem);border-radius:var(--hero-radius-m,0.5rem);background:var(--_panel-bg);color:var(--_panel-fg)}.panel h3{font-size:var(--hero-font-size-xl,1.5rem)}.section{margin-block-start:var(--hero-space-s,0.5rem)}.row{display:grid;grid-template-columns:minmax(0,2fr) minmax(0,2fr) auto;gap:var(--hero-space-xs,0.25rem) var(--hero-space-m,1rem);padding-block:var(--hero-space-s,0.5rem);border-block-end:1px solid var(--hero-color-border,#828e96)}dt{font-weight:var(--hero-font-weight-bold,600)}.row a{display:inline-flex;align-items:center;min-height:var(--hero-target-size,2.75rem)}@media (max-width:40em){.row{grid-template-columns:minmax(0,1fr)}}.status:empty{display:none}.spinner{margin-inline-end:var(--hero-space-s,0.5rem)}@media (forced-colors:active){.notice,.panel,.bmi{border:2px solid CanvasText}}



































































































































































































`,Ui={...Object.fromEntries(Object.entries(dn).map(([e,t])=>[`problem.${e}`,t.replace(`{label_lower}`,`{subject_lower}`).replace(`{label}`,`{subject}`)])),"problem.question":`your answer to ‘{label}’`,"problem.required.enter":`Enter {subject_lower}`,"problem.required.select":`Select {subject_lower}`,"problem.consent":`You must agree to ‘{label}’`,"problem.whole_number":`{subject} must be a whole number`,"problem.between":`{subject} must be between {min} and {max}`,"problem.min":`{subject} must be {min} or more`,"problem.max":`{subject} must be {max} or less`,"error.prefix":`Error:`,yes:`Yes`,no:`No`,"date.hint":`For example, 27 3 2007`,"date.day":`Day`,"date.month":`Month`,"date.year":`Year`,"select.placeholder":`Select an option`,"consent.legend":`Your agreement`,"bmi.offer":`From your height and weight, your BMI is {bmi}.`,"bmi.use":`Use {value} as your BMI`,"bmi.info":`From your height and weight, your body mass index (BMI) is {bmi} kg/m².`,"loading.form":`Loading the form…`,empty:`This form has no questions yet. If you expected some, contact the practice.`,progress:`Page {page} of {pages}`,back:`Back`,continue:`Continue`,submit:`Submit`,submitting:`Sending your answers…`,"draft.save":`Save and continue later`,"draft.saving":`Saving your answers…`,"draft.saved.title":`Your answers have been saved`,"draft.saved.text":`You can leave now and come back later to finish.`,"draft.failed":`Your answers could not be saved.`,"submit.failed":`Your answers could not be sent. They are still here.`,"error.conflict.submitted":`These answers have already been sent.`,"review.title":`Check your answers before sending them`,"review.none":`Not answered`,"review.agreed":`Agreed`,"review.not_agreed":`Not agreed`,change:`Change`,"submitted.title":`Form sent`,"submitted.text":`Thank you. Your answers have been sent.`};function Wi(e,t){let n=e.filter(xi).length;if(!(t>0)||n<=t)return[[...e]];let r=Gi(e,(e,t)=>e.type===`paragraph`&&t.some(xi));if(r.length>=2)return r;let i=0;return Gi(e,(e,n)=>!xi(e)&&e.type!==`paragraph`?!1:i===t?(i=+!!xi(e),n.length>0):(xi(e)&&i++,!1))}function Gi(e,t){let n=[],r=[];for(let i of e)t(i,r)&&(n.push(r),r=[]),r.push(i);if(r.length){let e=n[n.length-1];e&&!r.some(xi)?e.push(...r):n.push(r)}return n}function Ki(e,t){return e==null?!1:Array.isArray(e)?e.includes(String(t)):e===t||String(e)===String(t)}function qi(e,t){let n=new Map(e.map(e=>[e.form_question_id,e])),r=new Map,i=(e,a)=>{let o=r.get(e.form_question_id);if(o!==void 0)return o;let s=e.show_if,c=!0;if(s){let r=n.get(s.form_question_id);c=!!r&&!a.has(r.form_question_id)&&i(r,new Set(a).add(e.form_question_id))&&Ki(Ti(r,t[r.form_question_id]),s.equals)}return r.set(e.form_question_id,c),c};for(let t of e)i(t,new Set([t.form_question_id]));return r}var Ji=-1,Yi=class extends _i{static{this.styles=[vi,yi,Hi]}static{this.translations={"en-GB":Ui}}static{this.translationKey=`formRenderer`}static{this.properties={formId:{attribute:`form-id`},patientId:{attribute:`patient-id`},appointmentId:{attribute:`appointment-id`},responseId:{attribute:`response-id`},pageSize:{type:Number,attribute:`page-size`},schema:{attribute:!1},model:{state:!0},given:{state:!0},view:{state:!0},page:{state:!0},errors:{state:!0},summary:{state:!0},busy:{state:!0},failure:{state:!0},saved:{state:!0}}}constructor(){super(),this.load=new hi(this,{task:async([e,t,n,r],{signal:i})=>{if(!n&&!e)throw new E(`validation`,`Set form-id to choose the form to show.`);return this.needsConfig&&!r?mi:Bi(r,e,t,n,i)},args:()=>[this.formId??``,this.responseId??``,this.schema,this.client],onComplete:e=>this.adopt(e),onError:e=>void this.reportError(e)}),this.initial={},this.attempted=new Set,this.returnToReview=!1,this.tr=(e,t)=>this.t(e,t),this.given={},this.view=`form`,this.page=0,this.errors={},this.summary=!1,this.saved=!1,this.pageSize=20,this.addEventListener(`invalid`,()=>{this.view!==`done`&&this.model&&this.check(this.shownQuestions(),!1,!1)})}get needsConfig(){return!this.schema||!!this.responseId}updated(e){super.updated(e);let t=this.internals;if(e.has(`given`)||e.has(`model`)){let e=new FormData;for(let t of this.answers)for(let n of[t.value].flat())e.append(t.form_question_id,String(n));t.setFormValue(this.model?e:null)}let n;if(this.model&&this.view!==`done`)for(let e of this.shownQuestions()){let t=Oi(e,this.given[e.form_question_id]);if(t){n=[e,t];break}}if(n){let[e,r]=n,i=r.code.startsWith(`required`)||r.code===`consent`||r.code===`date.required`,a=this.renderRoot.getElementById(Ii(e,r.parts))??this.renderRoot.querySelector(`[data-q], button`)??void 0;t.setValidity(i?{valueMissing:!0}:{customError:!0},this.message(e,r),a)}else t.setValidity({});let r={busy:!!this.busy||this.load.status===L.PENDING,invalid:!!n,review:this.view===`review`,submitted:this.view===`done`};this.setStates(r)}formResetCallback(){this.view!==`done`&&(this.given={...this.initial},this.saved=!1,this.failure=void 0,this.showPage(this.step(-1,0)??0,!1))}handleInput(e){let t=e.target,{q:n,kind:r}=t.dataset;if(e.type===`change`&&this.dispatchEvent(new Event(`change`,{bubbles:!0})),!n||!r||e.type===`change`===(r===`text`||Xi.has(r)))return;let i=this.given[n],a;if(Xi.has(r))a={...Ci(i)?i:Si,[r]:t.value};else if(r===`bool`)a=t.value===`true`;else if(r===`consent`)a=t.checked;else if(r===`check`){let e=Array.isArray(i)?i.filter(e=>e!==t.value):[];a=t.checked?[...e,t.value]:e}else a=t.value;this.setAnswer(n,a)}handleSubmit(e){if(e.preventDefault(),this.busy||this.isDisabled||!this.model)return;if(this.view===`review`||this.pages.length===1){this.send(`submitted`);return}if(!this.check(this.questionsOn(this.page)))return;let t=this.returnToReview?void 0:this.step(1);t===void 0?this.showReview():this.showPage(t)}handleBack(){let e=this.view===`review`?this.step(-1,this.pages.length):this.step(-1);e!==void 0&&this.showPage(e)}handleFieldLink(e){let t=e.target.closest(`a`);if(!t)return;e.preventDefault();let n=t.getAttribute(`href`)?.slice(1),r=this.model?.fields.find(e=>n===Ii(e)||n===Ii(e,this.errors[e.form_question_id]?.parts));if(!r)return;let i=r.form_question_id,a=this.pages.findIndex(e=>e.includes(r));this.view===`review`&&(this.returnToReview=!0),(this.view!==`form`||a!==this.page)&&(this.view=`form`,this.page=a,this.summary=this.summary&&Object.keys(this.errors).some(e=>this.pages[a]?.some(t=>t.form_question_id===e)),this.attempted.add(a)),this.focusOn(`#${CSS.escape(Ii(r,this.errors[i]?.parts))}`)}get answers(){let e=[];for(let t of this.shownQuestions()){let n=Ti(t,this.given[t.form_question_id]);n!==void 0&&e.push({form_question_id:t.form_question_id,value:n})}return e}get pages(){let e=this.model?.fields??[],t=this.pageCache;if(t?.fields===e&&t.size===this.pageSize)return t.pages;let n=Wi(e,this.pageSize);return this.pageCache={fields:e,size:this.pageSize,pages:n},n}get shown(){let e=this.model?.fields??[],t=this.shownCache;if(t?.given===this.given&&t.fields===e)return t.shown;let n=qi(e,this.given);return this.shownCache={given:this.given,fields:e,shown:n},n}shownQuestions(e=this.model?.fields??[]){let t=this.shown;return e.filter(e=>xi(e)&&t.get(e.form_question_id))}questionsOn(e){return this.shownQuestions(this.pages[e]??[])}step(e,t=this.page){for(let n=t+e;n>=0&&n<this.pages.length;n+=e)if(this.questionsOn(n).length)return n}adopt({form:e,saved:t}){let n=e.fields.filter(e=>bi.has(e.type));this.model={form:e,fields:n};let r=`${e.id} ${this.responseId??``}`;if(r!==this.loadedKey){this.loadedKey=r;let i={};for(let e of n){let n=Ei(e,t?.get(e.form_question_id));n!==void 0&&(i[e.form_question_id]=n)}this.initial=i,this.given={...i},this.savedId=this.responseId||void 0,this.saved=!1,this.failure=void 0,this.showPage(this.step(1,-1)??0,!1);let a=e.fields.length-n.length;a&&this.reportError(new E(`validation`,`Left out ${a} form field(s) of an unknown type.`))}this.markReady()}setAnswer(e,t){this.given={...this.given,[e]:t},this.saved=!1;let n=this.model?.fields.find(t=>t.form_question_id===e);if(n&&this.attempted.has(this.view===`review`?Ji:this.page)){let r={...this.errors},i=Oi(n,t);i?r[e]=i:delete r[e],this.errors=r}}check(e,t=!1,n=!0){let r={};for(let n of e){let e=Oi(n,this.given[n.form_question_id],t);e&&(r[n.form_question_id]=e)}return this.errors=r,this.attempted.add(this.view===`review`?Ji:this.page),this.summary=Object.keys(r).length>0,this.summary&&n&&this.focusOn(`#error-summary`),!this.summary}showPage(e,t=!0){this.view=`form`,this.page=e,this.errors={},this.summary=!1,this.returnToReview=!1,t||this.attempted.clear(),t&&this.focusOn(this.pages.length>1?`#progress-text`:`#title`)}showReview(){this.view=`review`,this.errors={},this.summary=!1,this.returnToReview=!1,this.focusOn(`#review-title`)}async send(e){let t=this.model;if(this.busy||this.isDisabled||!t||this.view===`done`||!this.check(this.shownQuestions(),e===`draft`))return;this.busy=e,this.failure=void 0,this.saved=!1;let n=this.answers;try{let r=(await Vi(this.requireClient(),t.form.id,this.savedId,{answers:n,status:e,...this.patientId?{patientId:this.patientId}:{},...this.appointmentId?{appointmentId:this.appointmentId}:{}}))?.id??this.savedId??``;if(this.savedId=r||void 0,e===`draft`){this.saved=!0,this.focusOn(`#draft-saved`);let e={form_id:t.form.id,response_id:r};this.emit(`hero-form-draft`,e)}else{this.view=`done`,this.focusOn(`#confirmation`);let e={form_id:t.form.id,response_id:r,answers:n};this.emit(`hero-form-submit`,e)}}catch(t){this.failure={action:e,error:this.reportError(t)??en(t)}}finally{this.busy=void 0}}message(e,t){return this.t(Ai(t),ki(e,e=>this.t(`problem.question`,{label:e})))}computedBmi(e){let t=t=>e.find(e=>e.observation_type===t),n=t(`height`),r=t(`weight`),i=e=>{let t=e&&Ti(e,this.given[e.form_question_id]);return typeof t==`number`?t:void 0},a=Ni(i(n),i(r));if(a===void 0||!n||!r)return;let o=t(`body_mass_index`);return o?{value:a,bmiField:o}:{value:a,after:e.indexOf(n)>e.indexOf(r)?n:r}}formatNumber(e){return e.toLocaleString(this.locale)}renderQuestions(e){let t=this.shown,n=e.filter(e=>t.get(e.form_question_id)),r=this.computedBmi(this.shownQuestions());return n.map(e=>{let t=e.form_question_id,n=this.errors[t],i;if(r?.bmiField===e){let n=Pi(e,r.value);i=C`<div class="bmi" part="bmi">
          <p>${this.t(`bmi.offer`,{bmi:this.formatNumber(r.value)})}</p>
          ${this.given[t]===n?w:C`<button type="button" class="button secondary" part="bmi-button" ?disabled=${this.isDisabled}
                @click=${()=>{this.setAnswer(t,n),this.focusOn(`#${CSS.escape(`q-${t}`)}`)}}>
                ${this.t(`bmi.use`,{value:this.formatNumber(Number(n))})}
              </button>`}
        </div>`}else r?.after===e&&(i=C`<p class="bmi" part="bmi">${this.t(`bmi.info`,{bmi:this.formatNumber(r.value)})}</p>`);return Ri(e,{t:this.tr,raw:this.given[t],error:n&&{message:this.message(e,n),parts:n.parts},disabled:this.isDisabled,extra:i})})}renderAnswer(e){let t=Ti(e,this.given[e.form_question_id]);if(e.type===`consent`)return this.t(t?`review.agreed`:`review.not_agreed`);if(t==null)return this.t(`review.none`);let n=t=>e.options?.find(e=>e.value===t)?.label??t;switch(e.type){case`boolean`:return this.t(t?`yes`:`no`);case`datepicker`:return wn(String(t),this.locale);case`integer`:return[this.formatNumber(Number(t)),Mi(e)].filter(Boolean).join(` `);case`radio`:case`dropdown`:return n(String(t));case`checkboxes`:return[t].flat().map(String).map(n).join(`
`);default:return String(t)}}reviewGroups(){let e=[],t=this.pages.length>1&&this.pages.slice(1).every(e=>e[0]?.type===`paragraph`);for(let n of this.pages){let r=this.shownQuestions(n);if(!r.length)continue;let i=t&&n[0]?.type===`paragraph`?n[0].name.split(`
`)[0]??``:``,a=e[e.length-1];a&&!i?a.questions.push(...r):e.push({heading:i,questions:r})}return e}renderReview(){return C`<section class="review" part="review" aria-labelledby="review-title">
      <h3 id="review-title" tabindex="-1">${this.t(`review.title`)}</h3>
      ${this.reviewGroups().map(({heading:e,questions:t})=>C`${e?C`<h4 class="section">${e}</h4>`:w}
          <dl class="summary-list" part="summary-list">
            ${t.map(e=>C`<div class="row">
                <dt>${e.name}</dt>
                <dd class="pre">${this.renderAnswer(e)}</dd>
                <dd>
                  <a href="#${Ii(e)}" part="change-link"
                    >${this.t(`change`)}<span class="visually-hidden"> ${e.name}</span></a
                  >
                </dd>
              </div>`)}
          </dl>`)}
    </section>`}renderFailure(){let e=this.failure;if(!e)return w;let{action:t,error:n}=e,r=t===`submitted`&&n.code===`conflict`;return C`<div class="message error" role="alert" part="error">
      <p><strong>${this.t(t===`draft`?`draft.failed`:`submit.failed`)}</strong></p>
      <p>${r?this.t(`error.conflict.submitted`):this.errorMessage(n)}</p>
      ${r?w:C`<button type="button" class="button secondary" part="retry-button" @click=${()=>void this.send(t)}>
            ${this.t(`retry`)}
          </button>`}
    </div>`}renderForm(e){let{form:t}=e,n=this.pages.length>1,r=this.view===`review`,i=t.patient_description??(t.patient_title?null:t.description),a=C`<header class="header" part="header">
      <h2 id="title" tabindex="-1" part="title">${t.patient_title||t.title}</h2>
      ${i?C`<p class="pre" part="description">${i}</p>`:w}
    </header>`;if(this.view===`done`)return C`${a}
        <div class="panel" part="confirmation" id="confirmation" tabindex="-1">
          <h3>${this.t(`submitted.title`)}</h3>
          <p class="pre">${t.confirmation_message||this.t(`submitted.text`)}</p>
        </div>`;if(!e.fields.some(xi))return C`${a}
        <p class="message" part="empty">${this.t(`empty`)}</p>`;let o=this.step(1,-1)??0,s=n&&!r,c=e=>this.busy===e?`true`:`false`;return C`${a}
      ${this.saved?C`<div class="notice" part="draft-saved" id="draft-saved" tabindex="-1">
            <h3>${this.t(`draft.saved.title`)}</h3>
            <p>${this.t(`draft.saved.text`)}</p>
          </div>`:w}
      ${this.summary?this.renderErrorSummary(this.shownQuestions().flatMap(e=>{let t=this.errors[e.form_question_id];return t?[{target:Ii(e,t.parts),message:this.message(e,t)}]:[]}),3):w}
      <form part="form" novalidate autocomplete="off" @submit=${this.handleSubmit} @input=${this.handleInput} @change=${this.handleInput}>
        ${r&&n||!r&&this.page>o?C`<button type="button" class="back" part="back-button" @click=${this.handleBack}>${this.t(`back`)}</button>`:w}
        ${r?this.renderReview():C`${n?C`<div class="progress" part="progress">
                    <span id="progress-text" tabindex="-1">${this.t(`progress`,{page:this.page+1,pages:this.pages.length})}</span>
                    <progress max=${this.pages.length} .value=${this.page+1} aria-labelledby="progress-text"></progress>
                  </div>`:w}
              <div class="fields" part="page">${this.renderQuestions(this.pages[this.page]??[])}</div>`}
        <div class="actions" part="actions">
          <button type="submit" class="button" part=${s?`continue-button`:`submit-button`} aria-disabled=${c(`submitted`)} ?disabled=${this.isDisabled}>
            ${this.t(s?`continue`:`submit`)}
          </button>
          <button
            type="button"
            class="button secondary"
            part="draft-button"
            aria-disabled=${c(`draft`)}
            ?disabled=${this.isDisabled}
            @click=${()=>void this.send(`draft`)}
          >
            ${this.t(`draft.save`)}
          </button>
        </div>
        <p class="status" part="status" role="status">
          ${this.busy?C`<span class="spinner"></span>${this.t(this.busy===`draft`?`draft.saving`:`submitting`)}`:w}
        </p>
        ${this.renderFailure()}
      </form>`}renderContent(){let e=this.load.status===L.PENDING,t=()=>C`<p class="status" part="status" role="status"><span class="spinner"></span>${this.t(`loading.form`)}</p>`;return C`<div class="base" part="base" aria-busy=${e?`true`:`false`} @click=${this.handleFieldLink}>
      ${this.load.render({initial:t,pending:t,complete:()=>this.model?this.renderForm(this.model):t(),error:e=>this.renderError(e,()=>void this.load.run())})}
    </div>`}},Xi=new Set(Object.keys(Si));customElements.get(`hero-form-renderer`)||customElements.define(`hero-form-renderer`,Yi);var R=e=>/^en\b/i.test(e);function z(e,t=`en-GB`){let n=Math.floor(e/60)%24,r=e%60;return R(t)?!r&&n%12==0?n?`midday`:`midnight`:`${n%12||12}${r?`:${String(r).padStart(2,`0`)}`:``}${n<12?`am`:`pm`}`:oe(new Date(Date.UTC(2e3,0,1,n,r)),t,{timeZone:`UTC`,hour:`numeric`,minute:`2-digit`,hourCycle:`h23`})}var Zi=`Europe/London`,B=6e4,V=60*B,Qi,$i=new Map;function ea(e){Qi??=new Intl.DateTimeFormat(`en-GB`,{timeZone:Zi,year:`numeric`,month:`numeric`,day:`numeric`,hour:`numeric`,minute:`numeric`,second:`numeric`,hourCycle:`h23`});let t={};for(let n of Qi.formatToParts(new Date(e)))n.type!==`literal`&&(t[n.type]=Number(n.value));let n=Date.UTC(t.year??1970,(t.month??1)-1,t.day??1,(t.hour??0)%24,t.minute??0,t.second??0);return Math.round((n-Math.floor(e/1e3)*1e3)/B)}function ta(e){let t=Math.floor(e/V),n=$i.get(t);return n===void 0&&(n=ea(t*V),$i.size>5e4&&$i.clear(),$i.set(t,n)),n}function na(e){return new Date(e+ta(e)*B)}function ra(e){return na(e).toISOString().slice(0,10)}function ia(e){return ra(e)}function aa(e){let t=na(e);return t.getUTCHours()*60+t.getUTCMinutes()}function oa(e){return e.split(`-`).map(Number)}function sa(e,t){let[n,r,i]=oa(e);return new Date(Date.UTC(n,r-1,i+t)).toISOString().slice(0,10)}function ca(e,t){let[n,r,i]=oa(e),[a,o,s]=oa(t);return Math.round((Date.UTC(a,o-1,s)-Date.UTC(n,r-1,i))/(24*V))}function la(e){if(!/^\d{4}-\d{2}-\d{2}$/.test(e))return!1;let[t,n,r]=oa(e),i=new Date(Date.UTC(t,n-1,r));return i.getUTCFullYear()===t&&i.getUTCMonth()===n-1&&i.getUTCDate()===r}function ua(e,t){let[n,r,i]=oa(e),a=Date.UTC(n,r-1,i,0,t),o=a-ta(a)*B;return o=a-ta(o)*B,o}function da(e){let t=aa(e);return t<720?`morning`:t<1020?`afternoon`:`evening`}function fa(e){let t=ta(e);if(t>ta(e+V)&&aa(e)===aa(e+V))return`BST`;if(t<ta(e-V)&&aa(e)===aa(e-V))return`GMT`}function pa(e,t=`en-GB`){let n=/^en\b/i.test(t)?z(aa(e)):oe(new Date(e),t,{timeZone:Zi,hour:`numeric`,minute:`2-digit`,hourCycle:`h23`}),r=fa(e);return r?`${n} (${r})`:n}function ma(e,t){return{day:H(ra(e),t),time:pa(e,t)}}function H(e,t=`en-GB`,n=`long`,r=n===`long`){let[i,a,o]=oa(e),s=n===`long`?{timeZone:`UTC`,weekday:`long`,day:`numeric`,month:`long`}:{timeZone:`UTC`,weekday:`short`,day:`numeric`,month:`short`};return r&&(s.year=`numeric`),oe(new Date(Date.UTC(i,a-1,o,12)),t,s).replace(/,/g,``)}function ha(e){return e.replace(/[\s-]/g,``)}function ga(e){let t=ha(e);if(!/^\d{10}$/.test(t)||/^(\d)\1{9}$/.test(t))return!1;let n=0;for(let e=0;e<9;e++)n+=Number(t[e])*(10-e);let r=(11-n%11)%11;return r!==10&&r===Number(t[9])}function _a(e){let t=ha(e);return/^\d{10}$/.test(t)?`${t.slice(0,3)} ${t.slice(3,6)} ${t.slice(6)}`:e}function va(e){let t=ha(e);return/^\d{0,10}$/.test(t)?[t.slice(0,3),t.slice(3,6),t.slice(6)].filter(Boolean).join(` `):e}var ya=/\{\{\s*([A-Za-z][A-Za-z0-9_]*)\s*\}\}/g;function ba(e,t){let n=e[t];return typeof n==`string`&&n.trim()!==``?n:void 0}function xa(e,t){let n=[],r=[],i=``,a=``,o=0;for(let s of e.matchAll(ya)){let c=s.index,l=s[1].toLowerCase(),u=ba(t,l);a+=e.slice(o,c),o=c+s[0].length,u===void 0?(a&&n.push({text:a}),i+=a+s[0],a=``,n.push({text:s[0],name:l}),r.includes(l)||r.push(l)):a+=u}return a+=e.slice(o),a&&n.push({text:a}),i+=a,{text:i,unfilled:r,parts:n}}function Sa(e,t={}){let n={},r=(e,t)=>{t&&t.trim()&&(n[e]=t.trim())};e&&(r(`title`,e.title),r(`first_name`,e.first_name),r(`last_name`,e.last_name),r(`name`,[e.first_name,e.last_name].filter(Boolean).join(` `)),r(`full_name`,[e.title,e.first_name,e.last_name].filter(Boolean).join(` `)));for(let[e,n]of Object.entries(t))r(e.toLowerCase(),n);return n}var Ca=`@£$¥èéùìòÇ
Øø\rÅåΔ_ΦΓΛΩΠΨΣΘΞÆæßÉ !"#¤%&'()*+,-./0123456789:;<=>?¡ABCDEFGHIJKLMNOPQRSTUVWXYZÄÖÑÜ§¿abcdefghijklmnopqrstuvwxyzäöñüà`,wa=`^{}\\[~]|€\f`,Ta=(()=>{let e=new Uint8Array(8365);for(let t of Ca)e[t.charCodeAt(0)]=1;for(let t of wa)e[t.charCodeAt(0)]=2;return e})(),U={gsm7:{single:160,multi:153},ucs2:{single:70,multi:67}};function Ea(e){return e<8365?Ta[e]??0:0}function Da(e,t){let n=e.charCodeAt(t);if(n<55296||n>56319)return!1;let r=e.charCodeAt(t+1);return r>=56320&&r<=57343}function Oa(e,t,n){let r=1,i=0;for(let a=0;a<e.length;){let o=n&&Da(e,a),s=n?o?2:1:Ea(e.charCodeAt(a));i+s>t&&(r++,i=0),i+=s,a+=o?2:1}return[r,i]}function ka(e){let t=0,n,r=0;for(let i=0;i<e.length;i++){let a=e.charCodeAt(i);r++;let o=Ea(a);if(o){t+=o;continue}let s=e[i];Da(e,i)&&(s=e.slice(i,i+2),i++),n??=[],n.includes(s)||n.push(s)}if(n){let t=U.ucs2,i=e.length;if(i<=t.single)return{encoding:`ucs2`,characters:r,units:i,segments:1,perSegment:t.single,remaining:t.single-i,nonGsm:n};let[a,o]=Oa(e,t.multi,!0);return{encoding:`ucs2`,characters:r,units:i,segments:a,perSegment:t.multi,remaining:t.multi-o,nonGsm:n}}let i=U.gsm7;if(t<=i.single)return{encoding:`gsm7`,characters:r,units:t,segments:+!!t,perSegment:i.single,remaining:i.single-t,nonGsm:[]};let[a,o]=Oa(e,i.multi,!1);return{encoding:`gsm7`,characters:r,units:t,segments:a,perSegment:i.multi,remaining:i.multi-o,nonGsm:[]}}var Aa={"‘":`'`,"’":`'`,"‚":`'`,"′":`'`,"“":`"`,"”":`"`,"„":`"`,"″":`"`,"–":`-`,"—":`-`,"‐":`-`,"‑":`-`,"−":`-`,"…":`...`,"\xA0":` `," ":` `," ":` `,"	":` `};function ja(e){return e.filter(e=>e in Aa)}function Ma(e){let t=``;for(let n of e)t+=Aa[n]??n;return t}function Na(e){let t=e.trim();if(!/^\+?[\d\s().-]+$/.test(t))return;let n=t.startsWith(`+`);t=t.replace(/\(0\)/,``).replace(/\D/g,``),n&&(t=`00${t}`);let r;if(t.startsWith(`0044`))r=t.slice(4).replace(/^0/,``);else if(!n&&t.length===12&&t.startsWith(`44`))r=t.slice(2);else if(!n&&/^0[1-9]/.test(t))r=t.slice(1);else return;return/^7\d{9}$/.test(r)?`+44${r}`:void 0}function Pa(e){let t=Na(e);return t?`0${t.slice(3,7)} ${t.slice(7)}`:e}function Fa(e){let t=e.trim();if(t.length>254)return!1;let n=/^([^\s@]+)@([^\s@]+)$/.exec(t);if(!n)return!1;let[,r=``,i=``]=n;if(r.length>64||r.startsWith(`.`)||r.endsWith(`.`)||r.includes(`..`)||!/^[A-Za-z0-9!#$%&'*+/=?^_`{|}~.-]+$/.test(r))return!1;let a=i.split(`.`);return a.length<2?!1:a.every(e=>/^[A-Za-z0-9\u00a1-\uffff]([A-Za-z0-9\u00a1-\uffff-]{0,61}[A-Za-z0-9\u00a1-\uffff])?$/.test(e))&&/[A-Za-z\u00a1-\uffff]{2,}$/.test(i)}var Ia=[`sms`,`email`,`nhs_app`,`hero`];function La(e){let t=[...new Set((e??``).toLowerCase().split(/[\s,]+/))].filter(e=>Ia.includes(e));return t.length?t:[...Ia]}function Ra(e){let t=e.mobile?.trim(),n=e.email?.trim(),r=t?Na(t):void 0,i=(t,n,r)=>t?e.restricted?{state:`hidden`}:n?{state:`ok`,value:n,display:r}:{state:`invalid`}:{state:`none`};return{sms:i(e.has_mobile,r,r?Pa(r):``),email:i(e.has_email,n&&Fa(n)?n:void 0,n??``),nhs_app:e.nhs_number?{state:`ok`,value:``,display:``}:{state:`none`},hero:{state:`ok`,value:``,display:``}}}function za(e,t){return e.find(e=>t[e].state===`ok`||t[e].state===`hidden`)??e[0]??`sms`}function Ba(e=`sms`){return{channel:e,template:``,text:``,subject:``,recipients:{sms:``,email:``},fallback:``,schedule:!1,date:``,time:``,record:!1,snomedCode:``,snomedTerm:``,assign:!1,assignee:``}}var Va=[`channel`,`recipient`,`subject`,`text`,`fallback`,`fallback-recipient`,`send-date`,`send-time`,`snomed-code`,`snomed-term`,`assignee`],Ha=/^([01]\d|2[0-3]):([0-5]\d)$/,Ua=/^\d{6,18}$/;function Wa(e){let t=Ha.exec(e.time.trim()),n=e.date.trim();if(t&&la(n))return ua(n,Number(t[1])*60+Number(t[2]))}function Ga(e,t,n){let r=t.trim();return r?e===`sms`?Na(r)??{key:`error.sms.format`}:Fa(r)?r:{key:`error.email.format`}:n.state===`ok`?n.value:n.state===`hidden`?null:{key:`error.${e}.${n.state===`invalid`?`recordInvalid`:`none`}`}}var Ka=e=>typeof e==`object`&&!!e;function qa(e,t){return`${e.trim()}\n\n${t}`}function Ja(e,t){return xa(e.text,t)}function Ya(e,t,n){let r={},{channel:i}=e,a=Ja(e,n.values),o={patient_id:t,message_type:i,message_string:a.text};if(n.channels.includes(i)||(r.channel={key:`error.channel.required`}),i===`sms`||i===`email`){let t=Ga(i,e.recipients[i],n.contacts[i]);Ka(t)?r.recipient=t:t&&(o.recipient_contact_detail=t)}else n.contacts[i].state!==`ok`&&(r.channel={key:`error.${i}.none`});if(i===`email`&&(e.subject.trim()?o.message_string=qa(e.subject,a.text):r.subject={key:`error.subject.required`}),e.text.trim()?a.unfilled.length&&(r.text={key:`error.text.unfilled`,vars:{count:a.unfilled.length,names:a.unfilled.map(e=>`{{${e}}}`).join(`, `)}}):r.text={key:`error.text.required`},e.fallback){if(e.fallback===i||!n.channels.includes(e.fallback))r.fallback={key:`error.fallback.channel`};else{let t=Ga(e.fallback,e.recipients[e.fallback],n.contacts[e.fallback]);Ka(t)?r[`fallback-recipient`]=t:(o.fallback_message_type=e.fallback,t&&(o.fallback_contact_detail=t))}}if(e.schedule){la(e.date.trim())||(r[`send-date`]={key:e.date.trim()?`error.date.format`:`error.date.required`}),Ha.test(e.time.trim())||(r[`send-time`]={key:e.time.trim()?`error.time.format`:`error.time.required`});let t=Wa(e);t!==void 0&&(t<=n.now?r[`send-time`]={key:`error.time.past`}:o.send_at=new Date(t).toISOString())}if(e.record){o.write_to_record=!0;let t=e.snomedCode.trim(),n=e.snomedTerm.trim();t&&!Ua.test(t)?r[`snomed-code`]={key:`error.snomed.format`}:t&&(o.snomed_code=t),n&&(o.snomed_term=n)}if(e.assign){let t=n.assignees?.get(e.assignee);!t||t.value===null?r.assignee={key:`error.assignee.required`}:(t.type===`Admin`||t.type===`AdminTeam`)&&(o.assignee_id=t.value,o.assignee_type=t.type)}return Object.keys(r).length?{errors:r}:{errors:r,request:o}}var Xa={message_type:`channel`,recipient_contact_detail:`recipient`,message_string:`text`,fallback_message_type:`fallback`,fallback_contact_detail:`fallback-recipient`,send_at:`send-time`,snomed_code:`snomed-code`,snomed_term:`snomed-term`,assignee_id:`assignee`,assignee_type:`assignee`},Za=new Set([`delivered`,`declined`,`fatal`]);function Qa(e,t){return t[Math.min(e,t.length-1)]??2e3}var $a=ze`:host{--_gap:var(--hero-message-composer-gap,var(--hero-space-l,1.5rem));--_line:var(--hero-border-width,1px) solid var(--hero-color-border,#828e96);max-width:var(--hero-message-composer-max-width,40rem)}.base,form,.review,.options,.reveal{display:flex;flex-direction:column;gap:var(--_gap)}fieldset.plain{display:contents}.choice label,h2,h3,dt{font-weight:var(--hero-font-weight-bold,600)}legend.label{margin-block-end:var(--hero-space-s,0.5rem);font-size:var(--hero-font-size-l,1.1875rem)}h2,h3{margin:0;font-size:var(--hero-font-size-l,1.1875rem);line-height:1.3}h2:focus:not(:focus-visible){outline:none}.patient{display:flex;flex-wrap:wrap;gap:var(--hero-space-xs,0.25rem) var(--hero-space-m,1rem);padding-block-end:var(--hero-space-s,0.5rem);border-block-end:var(--_line)}.short{max-width:14em}input[type='date'],input[type='time']{width:auto}textarea.input{min-height:var(--hero-message-composer-textarea-min-height,8rem);resize:vertical}input:focus-visible,select:focus-visible,textarea:focus-visible{outline-offset:0;box-shadow:inset 0 0 0 2px currentColor}.choice{display:grid;grid-template-columns:auto 1fr;row-gap:0}.choice .hint{grid-column:2}.reveal{margin-inline-start:0.625rem;padding-inline-start:1.125rem;border-inline-start:4px solid var(--hero-color-border,#828e96)}.row,.actions{display:flex;flex-wrap:wrap;gap:var(--hero-space-m,1rem)}.counter{display:flex;flex-direction:column;gap:var(--hero-space-2xs,0.125rem)}.counter p:first-child,.card-head{display:flex;flex-wrap:wrap;gap:0 var(--hero-space-s,0.5rem)}.credits.low,.unfilled{color:var(--hero-color-text,#212b32);font-weight:var(--hero-font-weight-bold,600)}.message.warning,.message.success{display:flex;flex-direction:column;align-items:flex-start;gap:var(--hero-space-s,0.5rem)}.message.warning{border-color:var(--hero-color-warning,#8a4b00);background:var(--hero-color-warning-surface,#fff4e0)}.message.success{border-color:var(--hero-color-success,#007f3b);background:var(--hero-color-success-surface,#e6f2eb)}.status.failed strong{color:var(--hero-color-danger,#d5281b)}.note{display:flex;flex-wrap:wrap;align-items:center;gap:var(--hero-space-s,0.5rem)}.preview{display:flex;flex-direction:column;gap:var(--hero-space-s,0.5rem);padding:var(--hero-space-m,1rem);border-radius:var(--hero-radius-m,0.5rem);background:var(--hero-message-composer-preview-background,var(--hero-color-surface-raised,#f0f4f5))}.bubble,.card-body,.pre{white-space:pre-wrap;overflow-wrap:anywhere}.bubble{align-self:flex-start;max-width:min(22rem,100%);padding:var(--hero-space-s,0.5rem) var(--hero-space-m,1rem);border-radius:1.125rem 1.125rem 1.125rem 0.25rem;background:var(--hero-message-composer-bubble-background,#e8edee);color:var(--hero-message-composer-bubble-color,var(--hero-color-text,#212b32));border:var(--_line)}.card{border:var(--_line);border-radius:var(--hero-radius-m,0.5rem);background:var(--hero-color-surface,#ffffff)}.card-head{padding:var(--hero-space-s,0.5rem) var(--hero-space-m,1rem);border-block-end:var(--_line)}.card-body{padding:var(--hero-space-m,1rem)}mark{padding:0 0.125rem;border-radius:var(--hero-radius-s,0.25rem);background:var(--hero-message-composer-placeholder-background,var(--hero-color-warning-surface,#fff4e0));color:inherit;outline:2px dashed var(--hero-color-warning,#8a4b00)}.error-summary{margin:0}.row-item{display:grid;grid-template-columns:minmax(7rem,30%) minmax(0,1fr) 4.5rem;gap:var(--hero-space-s,0.5rem);padding-block:var(--hero-space-s,0.5rem);border-block-end:var(--_line)}dd{min-width:0}.link{align-self:start;justify-self:end;min-width:var(--hero-target-size,2.75rem)}form>fieldset>.button{align-self:flex-start}.char{display:inline-block;min-width:1.5em;padding:0 0.25em;border:1px solid var(--hero-color-border-strong,#4c6272);border-radius:var(--hero-radius-s,0.25rem);background:var(--hero-color-surface,#ffffff);text-align:center;font-weight:var(--hero-font-weight-bold,600)}@media (max-width:30rem){.row-item{grid-template-columns:1fr auto}.row-item dd:not(.action){grid-column:1 / -1;grid-row:2}}@media (forced-colors:active){.bubble,.card,.preview{border:1px solid CanvasText}mark{background:Mark;color:MarkText;outline-color:CanvasText}}
































































































































































































































`,eo=(e,t)=>he(e,``,t),to={"loading.patient":`Loading the patient’s details…`,"loading.templates":`Loading templates…`,"loading.assignees":`Loading people and teams…`,"noPatient.title":`No patient chosen`,"noPatient.text":`Choose a patient first, then write your message.`,"patient.nhsNumber":`NHS number`,"patient.unnamed":`Unnamed patient`,"refuse.deceased":`Messages cannot be sent to this patient: their record shows they died on {date}.`,"refuse.archived":`Messages cannot be sent to this patient because their record is archived. Check that you have the right patient, or restore the record in Hero first.`,"error.prefix":`Error:`,"channel.legend":`How do you want to send it?`,"channel.sms":`Text message (SMS)`,"channel.email":`Email`,"channel.nhs_app":`NHS App`,"channel.hero":`Hero app`,"channel.hint.to":`To {contact}`,"channel.hint.hidden":`To the {kind} on the patient’s record (not shown: restricted record)`,"channel.hint.sms.none":`No mobile number on the patient’s record: you can enter one`,"channel.hint.sms.invalid":`The number on the patient’s record is not a UK mobile: you can enter one`,"channel.hint.email.none":`No email address on the patient’s record: you can enter one`,"channel.hint.email.invalid":`The email address on the patient’s record is not valid: you can enter one`,"channel.hint.nhs_app":`To the patient’s NHS App inbox`,"channel.hint.nhs_app.none":`Not available: the patient’s record has no NHS number`,"channel.hint.hero":`To the patient’s Hero app`,"kind.sms":`mobile number`,"kind.email":`email address`,"recipient.sms":`Mobile number`,"recipient.email":`Email address`,"recipient.hint.record":`From the patient’s record. Change it to send somewhere else this time.`,"recipient.hint.hidden":`Leave blank to use the one on the patient’s record (not shown: restricted record).`,"recipient.hint.sms":`A UK mobile number, like 07700 900123.`,"recipient.hint.email":`Like name@example.com.`,"template.label":`Template (optional)`,"template.none":`No template`,"template.group.user":`Your templates`,"template.group.hero":`Practice templates`,"template.group.external":`Other templates`,"template.hint":`Choosing a template replaces the message. Details like the patient’s name are filled in from their record.`,"template.empty":`There are no templates yet. Write your message below.`,"template.applied":`Template “{name}” added to the message.`,"template.undo":`Undo: put back your previous message`,"template.undone":`Your previous message has been put back.`,"subject.label":`Subject`,"subject.hint":`Shown to the patient as the email’s first line.`,"text.label":`Message`,"text.hint":`Anything in double curly brackets, like {{first_name}}, is filled in from the patient’s record.`,"counter.text":e=>eo(`{characters} ${Number(e.characters)===1?`character`:`characters`}, ${Number(e.segments)===1?`1 text message`:`{segments} text messages`}`,e),"counter.remaining":ge(`{count} character left before another text message is needed`,`{count} characters left before another text message is needed`),"counter.fallback":`Counted for the text message sent if {channel} cannot be delivered.`,"unicode.title":`Some characters make this a longer text message`,"unicode.text":`These characters are not in the standard text message alphabet:`,"unicode.effect":`Because of them, each text message holds 70 characters instead of 160.`,"unicode.replace":`Replace curly quotes and dashes with plain ones`,"unicode.replaced":ge(`{count} character replaced.`,`{count} characters replaced.`),"char.space":`a special space`,"credits.text":`Your practice has {credits} SMS credits.`,"credits.low":`This message needs {segments} SMS credits but your practice has {credits} left.`,"preview.heading":`Preview`,"preview.hint":`As the patient will receive it.`,"preview.empty":`Your message will appear here.`,"preview.unfilled":`(not filled in)`,"preview.from":`From {practice}`,"preview.subject":`Subject:`,"preview.practice":`Your GP practice`,"preview.unfilledList":`Still to fill in: {names}.`,"options.legend":`Options`,"fallback.label":`If it cannot be delivered, send it by`,"fallback.none":`Do not send it another way`,"fallback.recipient.sms":`Mobile number for the text message`,"fallback.recipient.email":`Email address for the email`,"schedule.label":`Send it later`,"schedule.date":`Date`,"schedule.time":`Time`,"schedule.hint":`UK time. For example, {example}.`,"record.label":`Write it to the patient’s record`,"record.hint":`Hero adds it to the GP record, coded with SNOMED CT.`,"snomed.code":`SNOMED code (optional)`,"snomed.codeHint":`6 to 18 digits. Leave blank to use Hero’s default code.`,"snomed.term":`SNOMED term (optional)`,"assign.label":`Assign it to a person or team`,"assign.hint":`They see any reply and follow it up in Hero.`,"assignee.label":`Assign to`,"assignee.choose":`Choose a person or team`,"assignee.teams":`Teams`,"assignee.people":`People`,"assignee.empty":`There is nobody to assign messages to. Ask your Hero administrator to add people or teams.`,continue:`Continue`,checking:`Checking…`,"review.heading":`Check your message before sending`,"review.patient":`Patient`,"review.channel":`Send by`,"review.to":`To`,"review.toHidden":`The {kind} on the patient’s record`,"review.toApp":`The patient’s {channel}`,"review.fallback":`If not delivered`,"review.fallbackValue":`{channel} to {to}`,"review.subject":`Subject`,"review.message":`Message`,"review.length":`Length`,"review.when":`When`,"review.now":`Now`,"review.at":`{day} at {time} (UK time)`,"review.record":`Patient’s record`,"review.recordDefault":`Written with Hero’s default SNOMED code`,"review.recordCode":`SNOMED {code}`,"review.assignee":`Assigned to`,"review.change":`Change`,send:`Send message`,"schedule.send":`Schedule message`,sending:`Sending…`,back:`Back to the message`,"send.error.validation":`Hero did not accept the message. Check the highlighted details.`,"send.error.network":`The connection was lost while sending. The message may have been sent: check the patient’s messages in Hero before you try again.`,"send.error.kept":`Your message has been kept.`,"api.field":`Hero did not accept this. Check it and try again.`,"sent.heading":`Message sent`,"scheduled.heading":`Message scheduled`,"sent.text":`Sent as {channel} to {to}.`,"sent.app":`Sent as {channel}.`,"sent.toHidden":`the {kind} on the patient’s record`,"scheduled.text":`It will be sent as {channel} on {when}.`,"inline.sms":`a text message`,"inline.email":`an email`,"inline.nhs_app":`an NHS App message`,"inline.hero":`a Hero app message`,"sent.status":`Delivery`,"status.checking":`Checking…`,"status.pending":`Waiting to be sent`,"status.scheduled":`Scheduled`,"status.sent":`Sent, waiting for delivery`,"status.retry":`Not delivered yet, trying again`,"status.delivered":`Delivered`,"status.declined":`Declined`,"status.fatal":`Could not be delivered`,"status.reason":`Reason: {reason}`,"status.stopped":`We have stopped checking. See the patient’s messages in Hero for the latest.`,"status.unreachable":`The delivery status could not be checked just now. Trying again.`,"status.announce":`Delivery: {status}.`,another:`Write another message`,"announce.review":`Check your message before sending.`,"announce.sent":`Message sent.`,"announce.scheduled":`Message scheduled.`,"announce.reset":`New message started.`,"error.channel.required":`Choose how to send the message`,"error.sms.none":`Enter a mobile number: the patient’s record has none`,"error.sms.recordInvalid":`Enter a UK mobile number: the one on the patient’s record is not a UK mobile`,"error.sms.format":`Enter a UK mobile number, like 07700 900123`,"error.email.none":`Enter an email address: the patient’s record has none`,"error.email.recordInvalid":`Enter an email address: the one on the patient’s record is not valid`,"error.email.format":`Enter an email address in the correct format, like name@example.com`,"error.nhs_app.none":`Choose another way to send it: NHS App messages need the patient’s NHS number, and their record has none`,"error.subject.required":`Enter a subject for the email`,"error.text.required":`Enter a message`,"error.text.unfilled":ge(`Replace {names} in the message: it cannot be filled in from the patient’s record`,`Replace {names} in the message: they cannot be filled in from the patient’s record`),"error.fallback.channel":`Choose a different way to send it if it cannot be delivered`,"error.date.required":`Enter the date to send it`,"error.date.format":`Enter a real date`,"error.time.required":`Enter the time to send it`,"error.time.format":`Enter a real time, like 09:30`,"error.time.past":`Choose a date and time in the future`,"error.snomed.format":`Enter a SNOMED code of 6 to 18 digits`,"error.snomed.invalid":`Enter a SNOMED code that Hero recognises`,"error.snomed.unchecked":`The SNOMED code could not be checked. Try again.`,"error.assignee.required":`Choose who to assign the message to`,"form.required":`Enter a message`},no=[`sms`,`email`],ro=e=>e===`sms`||e===`email`,io=e=>{let t={sms:``,email:``};for(let n of no){let r=e?.[n];r?.state===`ok`&&(t[n]=r.display)}return t},ao=1e3,oo=class extends _i{static{this.styles=[vi,yi,$a]}static{this.translations={"en-GB":to}}static{this.translationKey=`messageComposer`}static{this.pollDelays=[2e3,4e3,8e3,16e3,3e4,6e4]}static{this.maxPolls=40}static{this.properties={patientId:{attribute:`patient-id`},channels:{},templateId:{attribute:`template-id`},practiceName:{attribute:`practice-name`},placeholderValues:{attribute:!1},draft:{state:!0},step:{state:!0},errors:{state:!0},sendError:{state:!0},sending:{state:!0},checking:{state:!0},sent:{state:!0},delivery:{state:!0},patient:{state:!0},templateNote:{state:!0},undoText:{state:!0},assigneesWanted:{state:!0}}}constructor(){super(),this.patientTask=new hi(this,{task:async([e,t],{signal:n})=>t?e?e.get(`/v1/patients/{id}`,{path:{id:t},signal:n}):mi:null,args:()=>[this.client,this.patientId],onComplete:e=>{this.usePatient(e),this.markReady()},onError:e=>void this.reportError(e)}),this.templatesTask=new hi(this,{task:async([e,t],{signal:n})=>!t||!e?[]:(await e.listAll(`/v1/templates`,{signal:n})).data,args:()=>[this.client,!!this.patientId],onError:e=>void this.reportError(e)}),this.creditsTask=new hi(this,{task:async([e,t],{signal:n})=>{if(t&&e)try{return(await e.get(`/v1/me/sms-credits`,{signal:n})).credits}catch(e){if($t(e))throw e;return}},args:()=>[this.client,!!this.patientId&&this.channelList.includes(`sms`)]}),this.assigneesTask=new hi(this,{task:async([e,t],{signal:n})=>{if(t)return e?(await e.get(`/v1/messages/assignee/collection`,{signal:n})).data:mi},args:()=>[this.client,this.assigneesWanted],onError:e=>void this.reportError(e)}),this.snomedChecked=new Map,this.channelChosen=!1,this.draft=Ba(),this.step=`compose`,this.errors={},this.sending=!1,this.checking=!1,this.delivery={},this.templateNote=``,this.assigneesWanted=!1}get audience(){return`staff`}get needsConfig(){return!!this.patientId}get value(){return this.draft.text}set value(e){this.edit({text:String(e??``)})}get channelList(){return La(this.channels)}get values(){let e={...this.placeholderValues};return this.practiceName&&(e.practice_name??=this.practiceName),Sa(this.patient?.record,e)}connectedCallback(){super.connectedCallback(),this.poll&&!this.poll.timer&&this.schedulePoll(0)}disconnectedCallback(){super.disconnectedCallback(),clearTimeout(this.counterTimer),this.stopPolling(!0)}willUpdate(e){super.willUpdate(e),e.has(`patientId`)&&e.get(`patientId`)!==void 0&&this.startAgain(`patient`),e.has(`channels`)&&this.patient&&!this.channelList.includes(this.draft.channel)&&this.edit({channel:za(this.channelList,this.patient.contacts)}),(e.has(`draft`)||e.has(`required`))&&this.updateFormValue(),this.applyTemplateId()}formResetCallback(){this.startAgain(`reset`)}formStateRestoreCallback(e){typeof e==`string`&&this.edit({text:e})}updateFormValue(){let e=this.draft.text;this.internals.setFormValue(e);let t=this.required&&!e.trim();this.internals.setValidity({valueMissing:t},this.t(`form.required`),this.renderRoot?.querySelector?.(`#text`)??void 0),this.setStates({invalid:t})}usePatient(e){if(!e?.id){this.patient=void 0;return}let t=Ra(e),{mobile:n,email:r,...i}=e;if(this.patient={id:e.id,name:In(e),nhsNumber:e.nhs_number?_a(e.nhs_number):``,deceasedAt:e.deceased_at??null,archived:e.archived,record:i,contacts:t},this.draftPatientId===e.id)return;this.draftPatientId=e.id;let a=this.channelChosen&&this.channelList.includes(this.draft.channel);this.edit({recipients:io(t),channel:a?this.draft.channel:za(this.channelList,t)})}applyTemplateId(){let e=this.templateId;if(!e||e===this.appliedTemplateId||!this.patient||this.templatesTask.status!==L.COMPLETE)return;let t=this.templatesTask.value?.find(t=>t.id===e);t&&(this.appliedTemplateId=e,this.applyTemplate(t,!1))}applyTemplate(e,t){let n=this.draft.text,r=Ja({text:e.content},this.values),i=this.draft.channel===`email`?e.email_snomed_code:e.sms_snomed_code;this.edit({text:r.text,template:e.id,subject:this.draft.subject||e.name,snomedCode:this.draft.snomedCode||i||``}),this.undoText=n.trim()&&n!==r.text?n:void 0,this.templateNote=this.t(`template.applied`,{name:e.name}),t&&this.announce(this.templateNote)}startAgain(e){this.stopPolling(),e===`patient`?(this.patient=void 0,this.draftPatientId=void 0,this.appliedTemplateId=void 0,this.channelChosen=!1,this.draft=Ba()):this.draft={...Ba(this.draft.channel),recipients:io(this.patient?.contacts)},this.step=`compose`,this.errors={},this.sendError=void 0,this.sent=void 0,this.delivery={},this.undoText=void 0,this.templateNote=``,e===`another`&&(this.announce(this.t(`announce.reset`)),this.focusOn(`#text`))}edit(e){this.draft={...this.draft,...e}}handleChannel(e){this.channelChosen=!0,this.edit({channel:e,fallback:this.draft.fallback===e?``:this.draft.fallback})}handleText(e){this.edit({text:e.target.value}),this.undoText=void 0,this.templateNote=``,this.announceCount()}handleRecipient(e,t){this.edit({recipients:{...this.draft.recipients,[e]:t.target.value}})}handleTemplate(e){let t=e.target,n=this.templatesTask.value?.find(e=>e.id===t.value);n?this.applyTemplate(n,!0):this.edit({template:``})}handleUndo(){this.undoText!==void 0&&(this.edit({text:this.undoText}),this.undoText=void 0,this.templateNote=``,this.announce(this.t(`template.undone`)),this.focusOn(`#text`))}handleReplace(){let e=[...this.draft.text].filter(e=>e in Aa).length;this.edit({text:Ma(this.draft.text)}),this.announce(this.t(`unicode.replaced`,{count:e})),this.focusOn(`#text`)}handleOption(e,t){let n=t.target.checked;this.edit({[e]:n}),e===`assign`&&n&&(this.assigneesWanted=!0)}announceCount(){clearTimeout(this.counterTimer),this.smsCounted&&(this.counterTimer=setTimeout(()=>{let e=this.smsCount();this.announce(e.encoding===`ucs2`?`${this.counterText(e)}. ${this.t(`unicode.title`)}.`:this.counterText(e))},ao))}check(e=Date.now()){let t=new Map((this.assigneesTask.value??[]).map(e=>[e.key,e]));return Ya(this.draft,this.patient?.id??``,{contacts:this.patient?.contacts??Ra({id:``}),channels:this.channelList,values:this.values,now:e,assignees:t})}showErrors(e){this.errors=e,this.focusOn(`#error-summary`)}async handleContinue(e){if(e.preventDefault(),this.checking||this.isDisabled)return;let{errors:t,request:n}=this.check();if(!n)return this.showErrors(t);let r=n.snomed_code;if(r&&!this.snomedChecked.has(r)){this.checking=!0;try{let{valid:e}=await this.requireClient().post(`/v1/snomed/validate`,{body:{code:r},idempotent:!0});this.snomedChecked.set(r,e)}catch(e){return $t(e)?void 0:(this.reportError(e),this.showErrors({"snomed-code":{key:`error.snomed.unchecked`}}))}finally{this.checking=!1}}if(r&&!this.snomedChecked.get(r))return this.showErrors({"snomed-code":{key:`error.snomed.invalid`}});this.errors={},this.sendError=void 0,this.step=`review`,this.announce(this.t(`announce.review`)),this.focusOn(`#review-heading`)}handleBack(e=`#text`){this.sending||(this.step=`compose`,this.sendError=void 0,this.focusOn(e))}async handleSend(){if(this.sending||this.step!==`review`||this.isDisabled)return;let{errors:e,request:t}=this.check(),n=t?.snomed_code;if(!t||n&&this.snomedChecked.get(n)!==!0)return this.step=`compose`,this.showErrors(t?{"snomed-code":{key:`error.snomed.invalid`}}:e);this.sending=!0,this.setStates({sending:!0}),this.sendError=void 0;try{let e=await this.requireClient().post(`/v1/messages/send`,{body:t}),n=e.message_id??``,r=e.send_at??null,i=t.message_type;this.sent={id:n,sendAt:r,channel:i,to:this.sentTo(t)},this.step=`sent`,this.delivery={},this.emit(`hero-message-send`,{message_id:n,send_at:r,message_type:i}),this.announce(this.t(this.isScheduled?`announce.scheduled`:`announce.sent`)),this.focusOn(`#sent-heading`),this.poll={id:n,attempt:0},this.schedulePoll()}catch(e){let t=this.reportError(e);if(!t)return;let n={};for(let e of t.issues){let t=Xa[e.path[0]??``];t&&(n[t]={key:`api.field`})}this.sendError=t,Object.keys(n).length?(this.step=`compose`,this.showErrors(n)):this.focusOn(`#send-error`)}finally{this.sending=!1,this.setStates({sending:!1})}}get isScheduled(){return!!(this.sent?.sendAt&&Date.parse(this.sent.sendAt)>Date.now())}schedulePoll(e){let t=this.poll;if(!t||!this.isConnected)return;let n=this.constructor;if(t.attempt>=n.maxPolls){this.poll=void 0,this.delivery={...this.delivery,stopped:!0};return}let r=Math.min(e??Qa(t.attempt,n.pollDelays),2**31-1);t.timer=setTimeout(()=>void this.pollOnce(t),r)}async pollOnce(e){if(this.poll===e){e.timer=void 0,e.controller=new AbortController,e.attempt++;try{let t=await this.requireClient().get(`/v1/messages/{id}/status`,{path:{id:e.id},signal:e.controller.signal});if(this.poll!==e)return;let n=t.status.response,r=n!==this.delivery.response;if(this.delivery={response:n,reason:t.status.failure_reason??t.errors.send},r&&(this.emit(`hero-message-status`,{message_id:e.id,status:n}),this.announce(this.t(`status.announce`,{status:this.statusText()}))),Za.has(n)){this.poll=void 0;return}let i=t.scheduled_send_at?Date.parse(t.scheduled_send_at)-Date.now():0,a=this.constructor;this.schedulePoll(i>0?i+Qa(0,a.pollDelays):void 0)}catch(t){if($t(t)||this.poll!==e)return;this.delivery={...this.delivery,unreachable:!0},this.schedulePoll()}}}stopPolling(e=!1){let{poll:t}=this;t&&(clearTimeout(t.timer),t.timer=void 0,t.controller?.abort(),e||(this.poll=void 0))}get smsCounted(){return this.draft.channel===`sms`||this.draft.fallback===`sms`}smsCount(){return ka(Ja(this.draft,this.values).text)}counterText(e){return this.t(`counter.text`,{characters:e.characters,segments:e.segments})}channelName(e){return this.t(`channel.${e}`)}contactText(e,t,n){return t?e===`sms`?Pa(t):t:this.t(n,{kind:this.t(`kind.${e}`)})}recipientText(e){let t=e.message_type;return ro(t)?this.contactText(t,e.recipient_contact_detail,`review.toHidden`):this.t(`review.toApp`,{channel:this.channelName(t)})}sentTo(e){let t=e.message_type;return ro(t)?this.contactText(t,e.recipient_contact_detail,`sent.toHidden`):``}fallbackText(e){let t=e.fallback_message_type;return t?this.t(`review.fallbackValue`,{channel:this.channelName(t),to:this.contactText(t,e.fallback_contact_detail,`review.toHidden`)}):``}whenText(e){return this.t(`review.at`,ma(Date.parse(e),this.locale))}statusText(){let{response:e}=this.delivery;return e?e===`pending`&&this.isScheduled?this.t(`status.scheduled`):this.t(`status.${e}`):this.t(`status.checking`)}renderProblems(){let e=Va.filter(e=>this.errors[e]),t=this.channelList.includes(this.draft.channel)?this.draft.channel:this.channelList[0];return this.renderErrorSummary(e.map(e=>({target:e===`channel`?`channel-${t}`:e,message:this.errorText(this.errors[e])})),2,this.sendError?this.t(`send.error.${this.sendError.code===`validation`?`validation`:`network`}`):void 0)}renderTaskError(e){return this.renderError(e.error,()=>void e.run())}errorText(e){return e?this.t(e.key,e.vars):``}renderFieldError(e){let t=this.errors[e];return t?C`<p class="error-message" id="${e}-error" part="error-message">
          <span class="visually-hidden">${this.t(`error.prefix`)}</span> ${this.errorText(t)}
        </p>`:w}describedBy(e,...t){return[...t,this.errors[e]&&`${e}-error`].filter(Boolean).join(` `)}renderField(e,t,n,r){return C`<div class="field ${this.errors[e]?`invalid`:``}" part="field">
      <label class="label" for=${e} part="label">${t}</label>
      ${r?C`<p class="hint" id="${e}-hint" part="hint">${r}</p>`:w}
      ${this.renderFieldError(e)}
      ${n}
    </div>`}editor(e){return t=>this.edit({[e]:t.target.value})}renderInput(e,t,n,r,i={}){return this.renderField(e,t,C`<input id=${e} part="input" class="input ${i.className??``}" type=${i.type??`text`} .value=${n} min=${i.min??w}
        autocomplete="off" inputmode=${i.inputmode??w} spellcheck="false" aria-invalid=${!!this.errors[e]} @input=${r}
        aria-describedby=${this.describedBy(e,i.describedBy,i.hint&&`${e}-hint`)||w} />`,i.hint)}renderPatient(e){return C`<p class="patient" part="patient">
      <strong>${e.name||this.t(`patient.unnamed`)}</strong>
      ${e.nhsNumber?C`<span>${this.t(`patient.nhsNumber`)} ${e.nhsNumber}</span>`:w}
    </p>`}renderChannels(e){let t=this.errors.channel;return C`<fieldset class="field channels ${t?`invalid`:``}" part="channels" aria-describedby=${t?`channel-error`:w}>
      <legend class="label" part="label">${this.t(`channel.legend`)}</legend>
      ${this.renderFieldError(`channel`)}
      ${this.channelList.map(t=>{let n=this.channelHint(t,e.contacts[t]);return C`<div class="choice" part="channel-option">
          <input type="radio" name="channel" id="channel-${t}" value=${t} .checked=${this.draft.channel===t}
            aria-describedby="channel-${t}-hint" @change=${()=>this.handleChannel(t)} />
          <label for="channel-${t}">${this.channelName(t)}</label>
          <p class="hint" id="channel-${t}-hint">${n}</p>
        </div>`})}
    </fieldset>`}channelHint(e,t){return ro(e)?t.state===`ok`?this.t(`channel.hint.to`,{contact:t.display}):t.state===`hidden`?this.t(`channel.hint.hidden`,{kind:this.t(`kind.${e}`)}):this.t(`channel.hint.${e}.${t.state}`):this.t(`channel.hint.${e}${t.state===`ok`?``:`.none`}`)}renderRecipient(e,t,n){let r=this.patient?.contacts[e]?.state,i=r===`hidden`?this.t(`recipient.hint.hidden`):r===`ok`?this.t(`recipient.hint.record`):this.t(`recipient.hint.${e}`);return this.renderInput(t,n,this.draft.recipients[e],t=>this.handleRecipient(e,t),{hint:i,type:e===`sms`?`tel`:`email`,inputmode:e===`sms`?`tel`:`email`,className:e===`sms`?`short`:``})}renderTemplates(){let e=this.templatesTask;if(e.status===L.ERROR)return C`<div class="field">${this.renderTaskError(e)}</div>`;if(e.status!==L.COMPLETE)return C`<p class="field loading" part="loading" role="status">${this.t(`loading.templates`)}</p>`;let t=e.value??[];if(!t.length)return C`<p class="field hint" part="hint">${this.t(`template.empty`)}</p>`;let n=[`user`,`hero`,`external`].map(e=>[e,t.filter(t=>(t.type??`hero`)===e)]).filter(([,e])=>e.length);return this.renderField(`template`,this.t(`template.label`),C`<select id="template" class="input" part="input template-select" aria-describedby="template-hint" @change=${this.handleTemplate}>
          <option value="">${this.t(`template.none`)}</option>
          ${n.map(([e,t])=>C`<optgroup label=${this.t(`template.group.${e}`)}>
              ${t.map(e=>C`<option value=${e.id} ?selected=${this.draft.template===e.id}>${e.name}</option>`)}
            </optgroup>`)}
        </select>
        ${this.templateNote?C`<p class="note">
              ${this.templateNote}
              ${this.undoText===void 0?w:C`<button type="button" class="button secondary small" part="undo-button" @click=${this.handleUndo}>${this.t(`template.undo`)}</button>`}
            </p>`:w}`,this.t(`template.hint`))}renderCounter(){if(!this.smsCounted)return w;let e=this.smsCount(),t=this.creditsTask.value,n=ja(e.nonGsm);return C`<div class="counter" id="text-counter" part="counter">
        <p>
          <strong>${this.counterText(e)}</strong>
          ${e.segments?C`<span class="hint">${this.t(`counter.remaining`,{count:e.remaining})}</span>`:w}
        </p>
        ${this.draft.channel===`sms`?w:C`<p class="hint">${this.t(`counter.fallback`,{channel:this.t(`inline.${this.draft.channel}`)})}</p>`}
        ${t===void 0?w:C`<p class="credits ${e.segments>t?`low`:``}" part="credits">
              ${this.t(e.segments>t?`credits.low`:`credits.text`,{credits:t.toLocaleString(this.locale),segments:e.segments})}
            </p>`}
      </div>
      ${e.encoding===`ucs2`?C`<div class="message warning" part="encoding-warning">
            <p><strong>${this.t(`unicode.title`)}</strong></p>
            <p>
              ${this.t(`unicode.text`)}
              ${e.nonGsm.map(e=>C`<span class="char">${e.trim()?e:this.t(`char.space`)}</span> `)}
            </p>
            <p>${this.t(`unicode.effect`)}</p>
            ${n.length?C`<button type="button" class="button secondary small" part="replace-button" @click=${this.handleReplace}>${this.t(`unicode.replace`)}</button>`:w}
          </div>`:w}`}renderParts(e){return e.map(e=>e.name?C`<mark part="placeholder">${e.text}<span class="visually-hidden"> ${this.t(`preview.unfilled`)}</span></mark>`:e.text)}renderPreview(){let e=Ja(this.draft,this.values),{channel:t}=this.draft,n=this.practiceName||this.t(`preview.practice`),r=e.parts.length?this.renderParts(e.parts):C`<span class="hint">${this.t(`preview.empty`)}</span>`,i=t===`sms`?C`<div class="bubble" part="preview-message">${r}</div>`:(e=>C`<div class="card" part="preview-message">
      <p class="card-head">${e}</p>
      <div class="card-body">${r}</div>
    </div>`)(t===`email`?C`<span class="hint">${this.t(`preview.subject`)}</span> <strong>${this.draft.subject}</strong>`:C`<strong>${this.channelName(t)}</strong> <span class="hint">${this.t(`preview.from`,{practice:n})}</span>`);return C`<section class="preview" part="preview" aria-labelledby="preview-heading">
      <h3 id="preview-heading">${this.t(`preview.heading`)}</h3>
      <p class="hint">${this.t(`preview.hint`)}</p>
      ${i}
      ${e.unfilled.length?C`<p class="unfilled">${this.t(`preview.unfilledList`,{names:e.unfilled.map(e=>`{{${e}}}`).join(`, `)})}</p>`:w}
    </section>`}renderMessageOptions(){let{draft:e}=this,t=no.filter(t=>t!==e.channel&&this.channelList.includes(t)),n=ia(Date.now()),r=sa(n,1),i=`${H(r,this.locale,`long`,!0)}, ${pa(ua(r,570),this.locale)}`;return C`<fieldset class="options" part="options">
      <legend>${this.t(`options.legend`)}</legend>
      ${t.length?this.renderField(`fallback`,this.t(`fallback.label`),C`<select id="fallback" class="input" part="input" aria-describedby=${this.describedBy(`fallback`)||w} @change=${this.editor(`fallback`)}>
                <option value="" ?selected=${!e.fallback}>${this.t(`fallback.none`)}</option>
                ${t.map(t=>C`<option value=${t} ?selected=${e.fallback===t}>${this.channelName(t)}</option>`)}
              </select>
              ${e.fallback&&e.fallback!==e.channel?C`<div class="reveal">${this.renderRecipient(e.fallback,`fallback-recipient`,this.t(`fallback.recipient.${e.fallback}`))}</div>`:w}`):w}
      ${this.renderCheckbox(`schedule`,this.t(`schedule.label`))}
      ${e.schedule?C`<div class="reveal" id="schedule-fields">
            <p class="hint" id="schedule-hint">${this.t(`schedule.hint`,{example:i})}</p>
            <div class="row">
              ${this.renderInput(`send-date`,this.t(`schedule.date`),e.date,this.editor(`date`),{type:`date`,min:n,describedBy:`schedule-hint`})}
              ${this.renderInput(`send-time`,this.t(`schedule.time`),e.time,this.editor(`time`),{type:`time`,describedBy:`schedule-hint`})}
            </div>
          </div>`:w}
      ${this.renderCheckbox(`record`,this.t(`record.label`),this.t(`record.hint`))}
      ${e.record?C`<div class="reveal">
            ${this.renderInput(`snomed-code`,this.t(`snomed.code`),e.snomedCode,this.editor(`snomedCode`),{hint:this.t(`snomed.codeHint`),inputmode:`numeric`,className:`short`})}
            ${this.renderInput(`snomed-term`,this.t(`snomed.term`),e.snomedTerm,this.editor(`snomedTerm`))}
          </div>`:w}
      ${this.renderCheckbox(`assign`,this.t(`assign.label`),this.t(`assign.hint`))}
      ${e.assign?C`<div class="reveal">${this.renderAssignees()}</div>`:w}
    </fieldset>`}renderCheckbox(e,t,n){return C`<div class="choice">
      <input type="checkbox" id="option-${e}" .checked=${this.draft[e]} aria-describedby=${n?`option-${e}-hint`:w}
        @change=${t=>this.handleOption(e,t)} />
      <label for="option-${e}">${t}</label>
      ${n?C`<p class="hint" id="option-${e}-hint">${n}</p>`:w}
    </div>`}renderAssignees(){let e=this.assigneesTask;if(e.status===L.ERROR)return this.renderTaskError(e);if(e.status!==L.COMPLETE)return C`<p class="loading" part="loading" role="status">${this.t(`loading.assignees`)}</p>`;let t=(e.value??[]).filter(e=>e.value!==null);if(!t.length)return C`<p class="hint" part="empty">${this.t(`assignee.empty`)}</p>`;let n=(e,t)=>t.length?C`<optgroup label=${e}>
            ${t.map(e=>C`<option value=${e.key} ?selected=${this.draft.assignee===e.key}>${e.label}</option>`)}
          </optgroup>`:w;return this.renderField(`assignee`,this.t(`assignee.label`),C`<select id="assignee" class="input" part="input" aria-describedby=${this.describedBy(`assignee`)||w} aria-invalid=${!!this.errors.assignee} @change=${this.editor(`assignee`)}>
        <option value="" ?selected=${!this.draft.assignee}>${this.t(`assignee.choose`)}</option>
        ${n(this.t(`assignee.teams`),t.filter(e=>e.type===`AdminTeam`))}
        ${n(this.t(`assignee.people`),t.filter(e=>e.type!==`AdminTeam`))}
      </select>`)}renderCompose(e){let{draft:t}=this;return C`${this.renderProblems()}
      <form novalidate @submit=${this.handleContinue}>
        <fieldset class="plain" ?disabled=${this.isDisabled}>
          ${this.renderChannels(e)}
          ${ro(t.channel)?this.renderRecipient(t.channel,`recipient`,this.t(`recipient.${t.channel}`)):w}
          ${this.renderTemplates()}
          ${t.channel===`email`?this.renderInput(`subject`,this.t(`subject.label`),t.subject,this.editor(`subject`),{hint:this.t(`subject.hint`)}):w}
          ${this.renderField(`text`,this.t(`text.label`),C`<textarea id="text" class="input" part="textarea" rows="6" .value=${t.text} ?required=${this.required} @input=${this.handleText}
                aria-describedby=${this.describedBy(`text`,`text-hint`,this.smsCounted&&`text-counter`)} aria-invalid=${!!this.errors.text}></textarea>
              ${this.renderCounter()}`,this.t(`text.hint`))}
          ${this.renderPreview()} ${this.renderMessageOptions()}
          <button type="submit" class="button" part="continue-button" aria-disabled=${this.checking}>
            ${this.t(this.checking?`checking`:`continue`)}
          </button>
        </fieldset>
      </form>`}renderReview(e){let{request:t}=this.check(0);if(!t)return this.renderCompose(e);let{draft:n}=this,r=Ja(n,this.values),i=this.smsCounted?ka(r.text):void 0,a=this.assigneesTask.value?.find(e=>e.key===n.assignee),o=(e,t,n)=>C`<div class="row-item">
        <dt>${e}</dt>
        <dd>${t}</dd>
        <dd class="action">
          ${n?C`<button type="button" class="link" part="change-button" @click=${()=>this.handleBack(n)}>
                ${this.t(`review.change`)}<span class="visually-hidden"> ${e}</span>
              </button>`:w}
        </dd>
      </div>`,s=!!t.send_at;return C`<section class="review" part="review" aria-labelledby="review-heading">
      <h2 id="review-heading" tabindex="-1">${this.t(`review.heading`)}</h2>
      <dl class="summary" part="summary">
        ${o(this.t(`review.patient`),e.name||this.t(`patient.unnamed`))}
        ${o(this.t(`review.channel`),this.channelName(t.message_type),`#channel-${n.channel}`)}
        ${o(this.t(`review.to`),this.recipientText(t),ro(n.channel)?`#recipient`:void 0)}
        ${t.fallback_message_type?o(this.t(`review.fallback`),this.fallbackText(t),`#fallback`):w}
        ${n.channel===`email`?o(this.t(`review.subject`),n.subject.trim(),`#subject`):w}
        ${o(this.t(`review.message`),C`<span class="pre">${r.text}</span>`,`#text`)}
        ${i?o(this.t(`review.length`),this.counterText(i),`#text`):w}
        ${o(this.t(`review.when`),t.send_at?this.whenText(t.send_at):this.t(`review.now`),`#option-schedule`)}
        ${t.write_to_record?o(this.t(`review.record`),t.snomed_code?[this.t(`review.recordCode`,{code:t.snomed_code}),t.snomed_term?` (${t.snomed_term})`:``]:this.t(`review.recordDefault`),`#option-record`):w}
        ${a&&t.assignee_id!==void 0?o(this.t(`review.assignee`),a.label,`#assignee`):w}
      </dl>
      ${this.sendError?C`<div id="send-error" class="message error" role="alert" tabindex="-1" part="error">
            <p>${this.sendError.code===`network`?this.t(`send.error.network`):this.errorMessage(this.sendError)}</p>
            <p>${this.t(`send.error.kept`)}</p>
          </div>`:w}
      <div class="actions">
        <button type="button" class="button" part="send-button" aria-disabled=${this.sending||this.isDisabled} @click=${this.handleSend}>
          ${this.t(this.sending?`sending`:s?`schedule.send`:`send`)}
        </button>
        <button type="button" class="button secondary" part="back-button" @click=${()=>this.handleBack()}>${this.t(`back`)}</button>
      </div>
    </section>`}renderSent(e){let{delivery:t}=this,n=this.isScheduled,r=this.t(`inline.${e.channel}`),i=t.response===`fatal`||t.response===`declined`;return C`<section class="message success" part="confirmation" aria-labelledby="sent-heading">
      <h2 id="sent-heading" tabindex="-1">${this.t(n?`scheduled.heading`:`sent.heading`)}</h2>
      <p>
        ${n&&e.sendAt?this.t(`scheduled.text`,{channel:r,when:this.whenText(e.sendAt)}):this.t(e.to?`sent.text`:`sent.app`,{channel:r,to:e.to})}
      </p>
      <p class="status ${i?`failed`:``}" part="status">
        ${this.t(`sent.status`)}: <strong>${this.statusText()}</strong>
      </p>
      ${i&&t.reason?C`<p>${this.t(`status.reason`,{reason:t.reason})}</p>`:w}
      ${t.unreachable?C`<p class="hint">${this.t(`status.unreachable`)}</p>`:w}
      ${t.stopped?C`<p class="hint">${this.t(`status.stopped`)}</p>`:w}
      <button type="button" class="button secondary" part="new-message-button" @click=${()=>this.startAgain(`another`)}>${this.t(`another`)}</button>
    </section>`}renderRefusal(e){let t=e.deceasedAt?this.t(`refuse.deceased`,{date:H(ra(Date.parse(e.deceasedAt)),this.locale,`long`,!0)}):e.archived&&this.t(`refuse.archived`);return t?C`<div class="message error" part="refusal" role="alert"><p>${t}</p></div>`:void 0}renderBody(){if(!this.patientId)return C`<div class="message" part="empty">
        <p><strong>${this.t(`noPatient.title`)}</strong></p>
        <p>${this.t(`noPatient.text`)}</p>
      </div>`;let e=this.patient;return this.patientTask.status===L.ERROR?this.renderTaskError(this.patientTask):!e||this.patientTask.status===L.PENDING?C`<p class="loading" part="loading" role="status"><span class="spinner" aria-hidden="true"></span>${this.t(`loading.patient`)}</p>`:C`${this.renderPatient(e)}
    ${this.renderRefusal(e)??(this.step===`sent`&&this.sent?this.renderSent(this.sent):this.step===`review`?this.renderReview(e):this.renderCompose(e))}`}renderContent(){return C`<div class="base" part="base" aria-busy=${this.patientTask.status===L.PENDING||this.sending||this.checking}>
      ${this.renderBody()}
      ${this.renderAnnouncer()}
    </div>`}};customElements.get(`hero-message-composer`)||customElements.define(`hero-message-composer`,oo);var so=/^(GIR0AA|[A-PR-UWYZ](\d{1,2}|[A-HK-Y]\d{1,2}|\d[A-HJKPSTUW]|[A-HK-Y]\d[ABEHMNPRV-Y])\d[ABD-HJLNP-UW-Z]{2})$/;function co(e){let t=e.replace(/\s+/g,``).toUpperCase();return so.test(t)?`${t.slice(0,-3)} ${t.slice(-3)}`:e.trim()}function lo(e){return so.test(e.replace(/\s+/g,``).toUpperCase())}var uo={search:`/v3/patients`,searchSingleField:`/v1/patients`,trace:`/v1/patients/register_pds`,patient:`/v1/patients/{id}`};async function fo(e,t,n){let r=t.mode===`nhs`?{nhs_number:t.nhsNumber,dob:t.dob}:{first_name:t.firstName,last_name:t.lastName,dob:t.dob},i;try{i=await e.get(uo.search,{query:{...r,page_index:`0`,page_size:`20`},signal:n})}catch(r){if(!(t.mode===`nhs`&&r instanceof E&&r.status===404))throw r;i=await e.get(uo.searchSingleField,{query:{field:`nhs_number`,search:t.nhsNumber,page_index:0,page_size:20},signal:n})}let a=i.data.filter(e=>e.dob===t.dob&&(t.mode!==`nhs`||ha(e.nhs_number??``)===t.nhsNumber)),o=i.data.length-a.length;return{patients:a.map(Fn),total:Math.max(a.length,i.count-o)}}async function po(e,t,n){let r;try{r=await e.post(uo.trace,{body:t,signal:n})}catch(e){if(e instanceof E&&e.status===404)return{status:`no-match`};throw e}return`patient_id`in r?{status:`found`,patient:Fn(await e.get(uo.patient,{path:{id:r.patient_id},signal:n}))}:{status:`verify`,loginUrl:r.login_url}}function mo(e){return/^https:\/\//i.test(e)?e:void 0}var ho=ze`:host{--_error:var(--hero-patient-lookup-error-color,var(--hero-color-danger,#d5281b));--_input-border:var(--hero-patient-lookup-input-border-color,var(--hero-color-border-strong,#4c6272));max-width:var(--hero-patient-lookup-max-width,40rem)}.base,form,.stack{display:grid;gap:var(--hero-patient-lookup-gap,var(--hero-space-l,1.5rem))}ul{margin:0;padding:0;list-style:none}.input{max-width:20em}.input:focus-visible{box-shadow:inset 0 0 0 2px var(--hero-color-text,#212b32)}.input:disabled{opacity:0.6}.nhs{max-width:10em;font-variant-numeric:tabular-nums;letter-spacing:0.05em}.postcode{max-width:8em;text-transform:uppercase}.date{display:flex;flex-wrap:wrap;gap:var(--hero-space-m,1rem)}.date .field{gap:0}.date .input{width:3.5em}.date .year{width:5em}.radios{display:flex;flex-wrap:wrap;gap:var(--hero-space-s,0.5rem) var(--hero-space-l,1.5rem)}.actions,.result-head{display:flex;flex-wrap:wrap;gap:var(--hero-space-s,0.5rem);align-items:center}.button.warning{background:var(--hero-color-danger,#d5281b)}.button.warning:hover{background:var(--hero-color-danger-hover,#aa2016)}.error-summary{margin:0;border-color:var(--_error)}.results,.result,.panel{display:grid;gap:var(--hero-space-s,0.5rem)}.result{padding:var(--hero-space-m,1rem);border:var(--hero-border-width,1px) solid var(--hero-patient-lookup-result-border-color,var(--hero-color-border,#828e96));border-radius:var(--hero-radius-m,0.5rem);background:var(--hero-patient-lookup-result-background,var(--hero-color-surface,#ffffff))}.result.selected{border:3px solid var(--hero-patient-lookup-selected-border-color,var(--hero-color-success,#007f3b))}.name{font-size:var(--hero-font-size-l,1.1875rem);font-weight:var(--hero-font-weight-bold,600);overflow-wrap:anywhere}.details{display:grid;grid-template-columns:max-content 1fr;gap:0 var(--hero-space-m,1rem)}.details dt{color:var(--hero-color-text-muted,#4c6272)}.details dd{overflow-wrap:anywhere}@media (max-width:30em){.details{grid-template-columns:1fr}.details dd + dt{margin-block-start:var(--hero-space-xs,0.25rem)}}.badge{display:inline-block;padding:0 var(--hero-space-s,0.5rem);border:2px solid currentColor;border-radius:var(--hero-radius-s,0.25rem);font-size:var(--hero-font-size-s,0.875rem);font-weight:var(--hero-font-weight-bold,600);text-transform:uppercase;letter-spacing:0.03em}.badge.deceased{color:var(--hero-color-text,#212b32);background:var(--hero-color-surface-raised,#f0f4f5)}.badge.restricted{color:var(--hero-color-warning,#8a4b00);background:var(--hero-color-warning-surface,#fff4e0)}.badge.archived{color:var(--hero-color-text-muted,#4c6272)}.panel{padding:var(--hero-space-m,1rem);border-inline-start:4px solid var(--hero-color-border-strong,#4c6272);background:var(--hero-color-surface-raised,#f0f4f5)}.panel.warning{border-color:var(--hero-color-danger,#d5281b);background:var(--hero-color-danger-surface,#fbe9e7)}.panel.info{border-color:var(--hero-color-primary,#005eb8);background:var(--hero-color-info-surface,#e8f1fa)}.title{font-weight:var(--hero-font-weight-bold,600)}@media (forced-colors:active){.result,.panel,.badge{border-color:CanvasText}.field .input[aria-invalid='true'],.error-summary,.field.invalid{border-color:Mark}.result.selected{border-color:Highlight}.choice input{accent-color:auto}}














































































































































































`,go={nhs:``,first:``,last:``,day:``,month:``,year:``,postcode:``},_o={day:`dob-day`,month:`dob-month`,year:`dob-year`},vo={found:{title:`trace.found`,text:`trace.found.text`},"no-match":{title:`trace.none.title`},verify:{title:`trace.verify.title`,text:`trace.verify.text`}},yo={...dn,"date.required":`Enter a date of birth`,"mode.legend":`Search by`,"mode.nhs":`NHS number and date of birth`,"mode.name":`Name and date of birth`,"nhs.label":`NHS number`,"nhs.hint":`10 digits, for example 943 476 5919`,"nhs.required":`Enter an NHS number`,"nhs.characters":`NHS number must only include numbers, spaces and dashes`,"nhs.length":`NHS number must be 10 digits`,"nhs.invalid":`NHS number is not valid. Check each digit`,"first.label":`First name`,"first.required":`Enter a first name`,"last.label":`Last name`,"last.required":`Enter a last name`,"dob.label":`Date of birth`,"dob.hint":`For example, 31 3 1980`,"dob.day":`Day`,"dob.month":`Month`,"dob.year":`Year`,"postcode.label":`Postcode`,"postcode.hint":`The postcode the patient is registered at with the NHS, for example BS35 2AQ`,"postcode.required":`Enter a postcode`,"postcode.invalid":`Enter a real postcode`,"error.prefix":`Error:`,search:`Search`,searching:`Searching for patients…`,"results.count":({count:e})=>e===1?`1 patient found`:`${e} patients found`,"results.more":`Showing the first {shown} of {total} matches. Add more detail to narrow the search.`,"results.confirm":`Check the details, then select the right patient.`,"nhs.none":`Not recorded`,address:`Address`,"address.withheld":`Withheld: restricted record`,"badge.deceased":`Deceased`,"badge.restricted":`Restricted`,"badge.archived":`Archived`,unnamed:`Name not recorded`,select:`Select`,"select.context":`{name}, born {dob}`,"deceased.title":`This patient has died`,"deceased.text":`{name} is recorded as deceased ({date}). Select this record only if you are sure it is the one you need.`,"deceased.date":`died {date}`,"deceased.unknown":`date of death not recorded`,"deceased.confirm":`Yes, select this patient`,cancel:`Cancel`,"none.title":`No patients found`,"none.nhs":`No Hero patient has NHS number {nhs} and date of birth {dob}.`,"none.name":`No Hero patient called {first} {last} has date of birth {dob}.`,"none.check.nhs":`Check the NHS number and date of birth, or search by name and date of birth instead.`,"none.check.name":`Check the spelling of the names and the date of birth, or search by NHS number instead.`,"trace.title":`Trace on the NHS Spine`,"trace.text":`If the patient is registered with the NHS, a trace on the Spine (PDS) finds them and adds them to Hero.`,"trace.pending":`Tracing on the NHS Spine…`,"trace.found":`Found on the NHS Spine`,"trace.found.text":`This patient was traced on the NHS Spine and is now in Hero. Check the details, then select them.`,"trace.none.title":`No match on the NHS Spine`,"trace.none.nhs":`Check the NHS number and date of birth with the patient, for example on an NHS letter or the NHS App.`,"trace.none.name":`Check the names are spelt as on the patient’s NHS record, and that the date of birth and postcode are right. Or trace by NHS number.`,"trace.verify.title":`The patient needs to verify their identity`,"trace.verify.text":`Before they can be added from the NHS Spine, the patient must prove who they are with NHS login. When they have done this, trace them again.`,"trace.verify.link":`Open the NHS login identity check (opens in a new tab)`,"trace.again":`Trace again`,"selected.title":`Selected patient`,"selected.announce":`{name} selected`,change:`Change patient`,required:`Select a patient`,"required.hint":`Find the patient, then select them.`},bo=class extends _i{static{this.styles=[vi,yi,ho]}static{this.translations={"en-GB":yo}}static{this.translationKey=`patientLookup`}static{this.properties={allowRegister:{type:Boolean,attribute:`allow-register`,reflect:!0},query:{state:!0},mode:{state:!0},fields:{state:!0},errors:{state:!0},trace:{state:!0},confirmingId:{state:!0},selected:{state:!0},showRequired:{state:!0}}}constructor(){super(),this.search=new hi(this,{task:async([e,t],{signal:n})=>!t||!e?mi:fo(e,t,n),args:()=>[this.client,this.query],onComplete:e=>this.announce(e.patients.length?this.t(`results.count`,{count:e.patients.length}):this.t(`none.title`)),onError:e=>void this.reportError(e)}),this.mode=`nhs`,this.fields={...go},this.errors={},this.trace={status:`idle`},this.showRequired=!1,this.allowRegister=!1,this.addEventListener(`invalid`,()=>{this.showRequired=!0})}get audience(){return`staff`}disconnectedCallback(){super.disconnectedCallback(),this.traceController?.abort()}updated(e){super.updated(e),this.client&&this.markReady();let t=this.internals;if(this.required&&!this.selected){let e=this.renderRoot.querySelector(`[part~="select-button"], [part~="input"]`)??void 0;t.setValidity({valueMissing:!0},this.t(`required`),e)}else t.setValidity({});let n={selected:!!this.selected,busy:this.search.status===L.PENDING||this.trace.status===`pending`,invalid:!t.validity.valid};this.setStates(n)}formResetCallback(){this.traceController?.abort(),this.query=void 0,this.mode=`nhs`,this.fields={...go},this.errors={},this.trace={status:`idle`},this.confirmingId=void 0,this.selected=void 0,this.showRequired=!1,this.announce(``),this.internals.setFormValue(null)}handleMode(e){this.mode=e.target.value,this.errors={}}handleInput(e){let t=e.target,n=t.dataset.field,r=t.value;n===`nhs`&&e.inputType?.startsWith(`insert`)&&t.selectionEnd===r.length&&(t.value=r=va(r)),this.fields={...this.fields,[n]:r}}handleNhsBlur(){ga(this.fields.nhs)&&(this.fields={...this.fields,nhs:_a(this.fields.nhs)})}handleSearch(e){if(e.preventDefault(),this.isDisabled)return;let t={},{nhs:n,first:r,last:i}=this.fields;if(this.mode===`nhs`){let e=ha(n),r=n.trim()?/[^\d\s-]/.test(n)?`nhs.characters`:e.length===10?ga(e)?void 0:`nhs.invalid`:`nhs.length`:`nhs.required`;r&&(t.nhs={message:this.t(r),target:`nhs-number`})}else r.trim()||(t.first={message:this.t(`first.required`),target:`first-name`}),i.trim()||(t.last={message:this.t(`last.required`),target:`last-name`});let a=this.t(`dob.label`),o=En(this.fields,{when:`past`});if(o.ok||(t.dob={message:this.t(`date.${o.code}`,{label:a,label_lower:Dn(a)}),target:_o[o.fields[0]??`day`],parts:o.fields}),this.showErrors(t)||!o.ok||!o.date)return;let s=this.mode===`nhs`?{mode:`nhs`,nhsNumber:ha(n),dob:o.date}:{mode:`name`,firstName:r.trim(),lastName:i.trim(),dob:o.date};(this.search.status!==L.PENDING||JSON.stringify(s)!==JSON.stringify(this.query))&&(this.traceController?.abort(),this.trace={status:`idle`},this.confirmingId=void 0,this.query=s,this.mode===`nhs`&&(this.fields={...this.fields,nhs:_a(n)}))}async handleTrace(e){e.preventDefault();let t=this.query;if(!t||this.trace.status===`pending`||this.isDisabled)return;let n;if(t.mode===`nhs`)n={nhs_number:t.nhsNumber,dob:t.dob};else{let e=this.fields.postcode,r=e.trim()?lo(e)?void 0:`postcode.invalid`:`postcode.required`;if(this.showErrors(r?{postcode:{message:this.t(r),target:`postcode`}}:{}))return;let i=co(e);this.fields={...this.fields,postcode:i},n={forename:t.firstName,surname:t.lastName,dob:t.dob,postcode:i}}let r=this.client;if(!r)return;let i=this.traceController=new AbortController;this.trace={status:`pending`},this.announce(this.t(`trace.pending`));try{let e=await po(r,n,i.signal);if(i.signal.aborted)return;if(e.status===`verify`){let t={login_url:e.loginUrl},n=this.emit(`hero-identity-verification`,t);this.trace={status:`verify`,link:n?mo(e.loginUrl):void 0}}else this.trace=e;this.announce(this.t(vo[e.status].title))}catch(e){if(i.signal.aborted||$t(e)){this.traceController===i&&(this.trace={status:`idle`});return}this.trace={status:`error`,error:this.reportError(e)}}}handleSelect(e){if(this.isDisabled||!e.id)return;if(e.deceased_at&&this.confirmingId!==e.id){this.confirmingId=e.id,this.focusOn(`#confirm-${e.id}`);return}this.confirmingId=void 0,this.selected=e,this.showRequired=!1,this.internals.setFormValue(e.id),this.announce(this.t(`selected.announce`,{name:In(e)||this.t(`unnamed`)})),this.focusOn(`#selected-title`);let t={patient:structuredClone(e)};this.emit(`hero-patient-select`,t),this.dispatchEvent(new Event(`change`,{bubbles:!0}))}cancelConfirm(e){this.confirmingId=void 0,this.focusOn(`#select-${e.id}`)}async handleChange(){let e=`#select-${this.selected?.id}`;this.selected=void 0,this.internals.setFormValue(null),this.announce(``),this.dispatchEvent(new Event(`change`,{bubbles:!0})),await this.updateComplete,this.focusOn(this.renderRoot.querySelector(e)?e:`[part~="input"]`)}get value(){return this.selected?.id??``}get patient(){return this.selected&&structuredClone(this.selected)}showErrors(e){return this.errors=e,Object.keys(e).length?(this.focusOn(`#error-summary`),!0):!1}renderBusy(e){return C`<p class="loading" part="status"><span class="spinner" aria-hidden="true"></span>${this.t(e)}</p>`}renderErrorMessage(e,t){return e?C`<p class="error-message" id=${t??w} part="error-message"><span class="visually-hidden">${this.t(`error.prefix`)}</span> ${e}</p>`:w}renderTextField(e,t){let n=this.errors[e],r=e===`nhs`||e===`postcode`,i=[r?`${e}-hint`:``,n?`${e}-error`:``].filter(Boolean).join(` `);return C`<div class="field ${n?`invalid`:``}" part="field">
      <label class="label" part="label" for=${t}>${this.t(`${e}.label`)}</label>
      ${r?C`<p class="hint" part="hint" id="${e}-hint">${this.t(`${e}.hint`)}</p>`:w}
      ${this.renderErrorMessage(n?.message,`${e}-error`)}
      ${this.renderInput(e,t,!!n,i)}
    </div>`}renderInput(e,t,n,r=``){return C`<input id=${t} class="input ${e}" part="input" type="text" data-field=${e} inputmode=${e===`nhs`||e in _o?`numeric`:`text`}
      autocomplete="off" spellcheck="false" aria-describedby=${r||w} aria-invalid=${n}
      .value=${this.fields[e]} ?disabled=${this.isDisabled} @input=${this.handleInput} @blur=${e===`nhs`?this.handleNhsBlur:void 0} />`}renderDob(){let e=this.errors.dob,t=t=>C`<div class="field">
        <label class="label" for=${_o[t]}>${this.t(`dob.${t}`)}</label>
        ${this.renderInput(t,_o[t],e?.parts?.includes(t)??!1)}
      </div>`;return C`<fieldset class="field ${e?`invalid`:``}" part="field" role="group" aria-describedby=${e?`dob-hint dob-error`:`dob-hint`}>
      <legend class="label" part="label">${this.t(`dob.label`)}</legend>
      <p class="hint" part="hint" id="dob-hint">${this.t(`dob.hint`)}</p>
      ${this.renderErrorMessage(e?.message,`dob-error`)}
      <div class="date">${t(`day`)}${t(`month`)}${t(`year`)}</div>
    </fieldset>`}renderForm(){let e=this.search.status===L.PENDING;return C`<form part="form" novalidate autocomplete="off" @submit=${this.handleSearch}>
      <fieldset class="field" part="mode">
        <legend class="label" part="label">${this.t(`mode.legend`)}</legend>
        <div class="radios">
          ${[`nhs`,`name`].map(e=>C`<div class="choice">
              <input id="mode-${e}" type="radio" name="mode" value=${e} .checked=${this.mode===e} ?disabled=${this.isDisabled} @change=${this.handleMode} />
              <label for="mode-${e}">${this.t(`mode.${e}`)}</label>
            </div>`)}
        </div>
      </fieldset>
      ${this.mode===`nhs`?this.renderTextField(`nhs`,`nhs-number`):C`${this.renderTextField(`first`,`first-name`)}${this.renderTextField(`last`,`last-name`)}`}
      ${this.renderDob()}
      <div class="actions">
        <button type="submit" class="button" part="search-button" ?disabled=${this.isDisabled} aria-disabled=${e}>${this.t(`search`)}</button>
      </div>
    </form>`}formatDob(e){let t=bn(e.dob);return t?wn(t,this.locale):this.t(`nhs.none`)}renderPatient(e,t){let n=Ln(e),r=[e.deceased_at&&`deceased`,e.restricted&&`restricted`,e.archived&&`archived`];return C`<div class="result-head">
        <p class="name" id=${t}>${In(e)||this.t(`unnamed`)}</p>
        ${r.filter(Boolean).map(e=>C`<span class="badge ${e}" part="badge">${this.t(`badge.${e}`)}</span>`)}
      </div>
      <dl class="details">
        <dt>${this.t(`dob.label`)}</dt>
        <dd>${this.formatDob(e)}</dd>
        <dt>${this.t(`nhs.label`)}</dt>
        <dd>${e.nhs_number?_a(e.nhs_number):this.t(`nhs.none`)}</dd>
        <dt>${this.t(`address`)}</dt>
        <dd>${e.restricted?this.t(`address.withheld`):n||this.t(`nhs.none`)}</dd>
      </dl>`}renderResult(e){let t=In(e)||this.t(`unnamed`),n=this.confirmingId===e.id,r=Cn(e.deceased_at??``);return C`<li class="result" part="result">
      ${this.renderPatient(e,`name-${e.id}`)}
      <div class="actions">
        <button id="select-${e.id}" type="button" class="button secondary" part="select-button"
          aria-expanded=${e.deceased_at?n:w} ?disabled=${this.isDisabled} @click=${()=>this.handleSelect(e)}>
          ${this.t(`select`)}<span class="visually-hidden">&nbsp;${this.t(`select.context`,{name:t,dob:this.formatDob(e)})}${e.deceased_at?`, ${this.t(`badge.deceased`)}`:``}</span>
        </button>
      </div>
      ${n?C`<div class="panel warning" part="deceased-confirm" role="group" aria-labelledby="confirm-${e.id}">
            <p class="title" id="confirm-${e.id}" tabindex="-1">${this.t(`deceased.title`)}</p>
            <p>${this.t(`deceased.text`,{name:t,date:r?this.t(`deceased.date`,{date:wn(r,this.locale)}):this.t(`deceased.unknown`)})}</p>
            <div class="actions">
              <button type="button" class="button warning" part="confirm-button" ?disabled=${this.isDisabled} @click=${()=>this.handleSelect(e)}>${this.t(`deceased.confirm`)}</button>
              <button type="button" class="button secondary" part="cancel-button" @click=${()=>this.cancelConfirm(e)}>${this.t(`cancel`)}</button>
            </div>
          </div>`:w}
    </li>`}renderResults(e){return e.patients.length?C`<section class="stack" aria-labelledby="results-title">
      <div>
        <p class="title" id="results-title">${this.t(`results.count`,{count:e.patients.length})}</p>
        <p class="hint">${this.t(`results.confirm`)}</p>
      </div>
      ${e.total>e.patients.length?C`<p class="panel info">${this.t(`results.more`,{shown:e.patients.length,total:e.total})}</p>`:w}
      <ul class="results" part="results" aria-labelledby="results-title">
        ${e.patients.map(e=>this.renderResult(e))}
      </ul>
    </section>`:this.renderNone()}renderNone(){let e=this.query;if(!e)return C``;let t=wn(e.dob,this.locale);return C`<div class="stack">
      <div class="panel" part="none-found">
        <p class="title">${this.t(`none.title`)}</p>
        <p>${e.mode===`nhs`?this.t(`none.nhs`,{nhs:_a(e.nhsNumber),dob:t}):this.t(`none.name`,{first:e.firstName,last:e.lastName,dob:t})}</p>
        <p>${this.t(`none.check.${e.mode}`)}</p>
      </div>
      ${this.allowRegister?this.renderTrace(e):w}
    </div>`}renderTrace(e){let t=this.trace,n=t.status,r=vo[n];return C`<form class="stack" part="trace" novalidate autocomplete="off" aria-labelledby="trace-heading" @submit=${this.handleTrace}>
      <div>
        <p class="title" id="trace-heading">${this.t(`trace.title`)}</p>
        <p>${this.t(`trace.text`)}</p>
      </div>
      ${e.mode===`name`?this.renderTextField(`postcode`,`postcode`):w}
      ${n===`found`?w:C`<div class="actions">
            <button type="submit" class="button" part="trace-button" ?disabled=${this.isDisabled} aria-disabled=${n===`pending`}>${this.t(n===`idle`||n===`pending`?`trace.title`:`trace.again`)}</button>
          </div>`}
      ${n===`pending`?this.renderBusy(`trace.pending`):n===`error`?this.renderError(t.error):w}
      ${r?C`<div class="panel ${n===`no-match`?`warning`:`info`}" role=${n===`found`?w:`alert`}>
            <p class="title" id="trace-title">${this.t(r.title)}</p>
            <p>${this.t(r.text??`trace.none.${e.mode}`)}</p>
            ${n===`verify`&&t.link?C`<p><a href=${t.link} target="_blank" rel="noopener noreferrer">${this.t(`trace.verify.link`)}</a></p>`:w}
          </div>`:w}
      ${n===`found`?C`<ul class="results" part="results" aria-labelledby="trace-title">${this.renderResult(t.patient)}</ul>`:w}
    </form>`}renderSelected(e){return C`<section class="result selected" part="selected result" aria-labelledby="selected-title">
      <p class="hint" id="selected-title" tabindex="-1">${this.t(`selected.title`)}</p>
      ${this.renderPatient(e,`selected-name`)}
      <div class="actions">
        <button type="button" class="button secondary" part="change-button" ?disabled=${this.isDisabled} @click=${this.handleChange}>${this.t(`change`)}</button>
      </div>
    </section>`}renderContent(){let e=this.renderErrorSummary(Object.values(this.errors)),t=this.selected?this.renderSelected(this.selected):C`${e}
          ${this.renderErrorMessage(this.showRequired&&this.required?`${this.t(`required`)}. ${this.t(`required.hint`)}`:void 0)}
          ${this.renderForm()}
          <div class="stack" aria-busy=${this.search.status===L.PENDING}>
            ${this.search.render({pending:()=>this.renderBusy(`searching`),complete:e=>this.renderResults(e),error:e=>$t(e)?w:this.renderError(e,()=>void this.search.run())})}
          </div>`;return C`<div class="base" part="base">
      ${this.renderAnnouncer()}
      ${t}
    </div>`}};customElements.get(`hero-patient-lookup`)||customElements.define(`hero-patient-lookup`,bo);var W=new Map;function xo(e,t=`en-GB`){let n=Math.round(e*100),r=n%100==0?0:2,i=Intl.NumberFormat.supportedLocalesOf(t).length?t:`en-GB`,a=i+r,o=W.get(a);return o||(o=new Intl.NumberFormat(i,{style:`currency`,currency:`GBP`,minimumFractionDigits:r,maximumFractionDigits:r}),W.set(a,o)),o.format(n/100)}var So=new WeakMap;async function Co(e,t){let n=So.get(e.shared);if(n)return n;let[r,i,a]=await Promise.all([e.listAll(`/v1/appointment_types`,{signal:t}),e.listAll(`/v1/locations`,{signal:t}),e.listAll(`/v1/practitioners`,{signal:t})]),o={types:r.data,locations:i.data,practitioners:a.data,typeById:new Map(r.data.map(e=>[e.id,e])),locationById:new Map(i.data.map(e=>[e.id,e])),practitionerById:new Map(a.data.map(e=>[e.id,e]))};return So.set(e.shared,o),o}var wo=[`morning`,`afternoon`,`evening`];function To(e,t,n){let r=e.map(e=>{let t=Date.parse(e.start_time);return{slot:e,startMs:t,day:ra(t),period:da(t)}});r.sort((e,t)=>e.startMs-t.startMs||e.slot.id.localeCompare(t.slot.id));let i=new Map;for(let e of r){let t=i.get(e.day);t||i.set(e.day,t=[]),t.push(e)}return{start:t,end:n,slots:r,byDay:i}}function Eo(e,t,n){return{start_date:t,end_date:n,appointment_type_id:e.appointmentTypeId,...e.locationId?{location_id:e.locationId}:{},...e.practitionerId?{practitioner_id:e.practitionerId}:{}}}async function G(e,t,n,r){let i=await e.get(`/v1/slots`,{query:{...Eo(t,n,sa(n,55)),page_index:0,page_size:100},signal:r}),a;for(let e of i.data){let t=Date.parse(e.start_time);(a===void 0||t<a)&&(a=t)}return a===void 0?void 0:ra(a)}var K=[vi,yi,ze`:host{--_accent:var(--hero-slot-picker-accent,var(--hero-color-primary,#005eb8));--_on-accent:var(--hero-slot-picker-on-accent,var(--hero-color-on-primary,#ffffff));--_slot-bg:var(--hero-slot-picker-slot-background,var(--hero-color-surface,#ffffff));--_slot-border:var(--hero-slot-picker-slot-border,var(--hero-color-border,#828e96));--_slot-min:var(--hero-slot-picker-slot-min-width,9.5rem);--_gap:var(--hero-slot-picker-gap,var(--hero-space-s,0.5rem));--_radius:var(--hero-slot-picker-radius,var(--hero-radius-m,0.5rem));--_panel-bg:var(--hero-slot-picker-panel-background,var(--hero-color-surface-raised,#f0f4f5));--_muted:var(--hero-color-text-muted,#4c6272);--_target:var(--hero-target-size,2.75rem)}.base{display:flex;flex-direction:column;gap:var(--hero-space-m,1rem);min-width:0}.heading{margin:0;font-size:var(--hero-font-size-xl,1.5rem);line-height:1.25;display:flex;align-items:center;gap:var(--hero-space-s,0.5rem)}.heading:focus,.message:focus{outline:none}.loading{min-height:var(--_target);color:var(--_muted)}.message.warning{border-color:var(--hero-color-warning,#8a4b00);background:var(--hero-color-warning-surface,#fff4e0)}.message{display:flex;flex-direction:column;align-items:flex-start;gap:var(--hero-space-s,0.5rem)}.choose{display:flex;flex-direction:column;align-items:flex-start;gap:var(--hero-space-l,1.5rem)}fieldset{inline-size:100%}fieldset[aria-invalid='true']{border-inline-start:4px solid var(--hero-color-danger,#d5281b);padding-inline-start:var(--hero-space-m,1rem)}.options{display:grid;gap:var(--_gap)}.option,.day,.slot{min-height:var(--_target);border:var(--hero-border-width,1px) solid var(--_slot-border);border-radius:var(--_radius);background:var(--_slot-bg);cursor:pointer}.option{display:flex;align-items:flex-start;gap:var(--hero-space-s,0.5rem);padding:var(--hero-space-s,0.5rem) var(--hero-space-m,1rem)}.option:has(input:checked){border-color:var(--_accent);box-shadow:inset 0 0 0 1px var(--_accent)}.option input{inline-size:1.5rem;block-size:1.5rem;margin:0.125rem 0 0;flex:none;accent-color:var(--_accent)}.option-text{display:flex;flex-direction:column;min-width:0}.option-name{font-weight:var(--hero-font-weight-bold,600)}.option-facts,.option-next,.type-line,.slot-detail{color:var(--_muted);font-size:var(--hero-font-size-s,0.875rem)}.slots-header{display:flex;flex-wrap:wrap;align-items:center;gap:var(--hero-space-xs,0.25rem) var(--hero-space-m,1rem)}.slots-header .heading{flex:1 1 auto}.slots-header .type-line{flex-basis:100%;order:3}.button.small{min-height:max(24px,calc(var(--_target) * 0.8))}.filters{display:flex;flex-wrap:wrap;gap:var(--hero-space-m,1rem)}.filter{display:flex;flex-direction:column;gap:var(--hero-space-xs,0.25rem);flex:1 1 14rem;min-width:0;font-weight:var(--hero-font-weight-bold,600)}select{min-height:var(--_target);max-inline-size:100%;padding:var(--hero-space-xs,0.25rem) var(--hero-space-s,0.5rem);border:var(--hero-border-width,1px) solid var(--hero-color-border-strong,#4c6272);border-radius:var(--hero-radius-s,0.25rem);background:var(--hero-color-surface,#ffffff);color:inherit;font:inherit;font-weight:var(--hero-font-weight-normal,400)}.day-nav{display:flex;flex-direction:column;gap:var(--_gap)}.week{display:flex;align-items:center;justify-content:space-between;gap:var(--_gap)}.range{flex:1 1 auto;text-align:center;font-weight:var(--hero-font-weight-bold,600)}.nav-button{padding-inline:var(--hero-space-s,0.5rem)}.next-available{align-self:flex-start}.days{display:grid;grid-auto-flow:column;grid-auto-columns:minmax(4.5rem,1fr);gap:var(--hero-space-xs,0.25rem);overflow-x:auto;padding:calc(var(--hero-focus-ring-width,3px) + var(--hero-focus-ring-offset,2px));margin-block:calc(-1 * (var(--hero-focus-ring-width,3px) + var(--hero-focus-ring-offset,2px)));scrollbar-width:thin}.day{display:flex;flex-direction:column;align-items:center;justify-content:center;min-width:24px;padding:var(--hero-space-xs,0.25rem) 0;color:inherit;font:inherit;font-size:var(--hero-font-size-s,0.875rem);line-height:1.25;text-align:center}.day.no-slots{color:var(--_muted)}.day-name{font-weight:var(--hero-font-weight-bold,600)}.day-panel{min-height:4rem}.slots{display:flex;flex-direction:column;gap:var(--hero-space-m,1rem)}.period-heading{margin-block-end:var(--hero-space-xs,0.25rem);font-weight:var(--hero-font-weight-bold,600)}.period-slots{display:grid;grid-template-columns:repeat(auto-fill,minmax(min(100%,var(--_slot-min)),1fr));gap:var(--_gap)}.slot{display:flex;flex-direction:column;padding:var(--hero-space-xs,0.25rem) var(--hero-space-s,0.5rem);line-height:1.3;overflow-wrap:anywhere;transition:background-color var(--hero-transition-fast,120ms ease-out)}.slot:hover{border-color:var(--_accent)}.slot-time{font-weight:var(--hero-font-weight-bold,600)}.slot[aria-selected='true'],.day[aria-selected='true']{border-color:var(--_accent);background:var(--_accent);color:var(--_on-accent)}.slot[aria-selected='true'] .slot-detail{color:inherit}.selection{position:sticky;bottom:0;display:flex;flex-wrap:wrap;align-items:center;justify-content:space-between;gap:var(--_gap) var(--hero-space-m,1rem);padding:var(--hero-space-m,1rem);border:var(--hero-border-width,1px) solid var(--_accent);border-radius:var(--_radius);background:var(--hero-color-info-surface,#e8f1fa)}.selection p{flex:1 1 16rem}.panel{display:flex;flex-direction:column;gap:var(--hero-space-m,1rem);padding:var(--hero-space-m,1rem);border-radius:var(--_radius);background:var(--_panel-bg)}.confirmation{border-inline-start:4px solid var(--hero-color-success,#007f3b)}.confirmation .heading svg{color:var(--hero-color-success,#007f3b);flex:none}.hold{display:flex;flex-wrap:wrap;align-items:baseline;gap:var(--hero-space-s,0.5rem)}.countdown{font-size:var(--hero-font-size-xl,1.5rem);font-weight:var(--hero-font-weight-bold,600);font-variant-numeric:tabular-nums}.details{display:grid;gap:var(--hero-space-s,0.5rem)}.details div{display:grid;grid-template-columns:minmax(6rem,10rem) 1fr;gap:var(--hero-space-s,0.5rem)}.details dt{font-weight:var(--hero-font-weight-bold,600)}.details dd{min-width:0;overflow-wrap:anywhere}.actions{display:flex;flex-wrap:wrap;gap:var(--_gap)}@media (max-width:30rem){.details div{grid-template-columns:1fr;gap:0}.nav-button span{font-size:var(--hero-font-size-s,0.875rem)}}@media (forced-colors:active){.slot,.day,.option{border-color:ButtonText}.slot[aria-selected='true'],.day[aria-selected='true']{forced-color-adjust:none;background:Highlight;color:HighlightText;border-color:Highlight}.slot[aria-selected='true'] .slot-detail{color:HighlightText}.option:has(input:checked){border-color:Highlight;outline:2px solid Highlight}.selection,.panel{border:1px solid CanvasText}}





























































































































































































































































































































































  `],q={"choose.heading":`Book an appointment`,"choose.typeLegend":`What type of appointment do you need?`,"choose.locationLegend":`Where would you like to be seen?`,"choose.anyLocation":`Any location`,"choose.continue":`Show available times`,"choose.typeRequired":`Choose the type of appointment you need`,"choose.noTypes":`This practice has no appointments that can be booked online. Contact the practice to make an appointment.`,"type.duration":ge(`{count} minute`,`{count} minutes`),"type.inPerson":`In person`,"type.telephone":`Telephone`,"type.video":`Video`,"type.nhs":`NHS`,"type.paid":`Private, {price}`,"type.next":`Next available: {when}`,"type.noneSoon":`No appointments available at the moment`,"slots.heading":`Choose a time`,"slots.changeType":`Change appointment type`,"filter.location":`Location`,"filter.anyLocation":`Any location`,"filter.practitioner":`Practitioner`,"filter.anyPractitioner":`Any practitioner`,"nav.label":`Days`,"nav.range":`{from} to {to}`,"nav.previous":`Previous week`,"nav.next":`Next week`,"nav.nextAvailable":`Next day with appointments`,"nav.noneAfter":`There are no appointments in the {weeks} weeks after {day}.`,"day.count":ge(`{count} time`,`{count} times`),"day.none":`No times`,"day.empty":`There are no appointments on {day}.`,"slots.listLabel":`Available times on {day}`,"period.morning":`Morning`,"period.afternoon":`Afternoon`,"period.evening":`Evening`,"slot.unknownPractitioner":`a clinician`,"slot.unknownLocation":`the practice`,"loading.reference":`Loading appointment types…`,"loading.slots":`Finding available times…`,"loading.nextAvailable":`Looking for the next day with appointments…`,"empty.window":`There are no appointments from {from} to {to}.`,"empty.goTo":`Show {day}, the next day with appointments`,"empty.noneSoon":`There are no appointments in the {weeks} weeks after that either. Try another practitioner, location or type of appointment, or contact the practice.`,"selection.text":`You have chosen {when} with {practitioner} at {location}.`,"selection.reserve":`Reserve this time`,"selection.reserving":`Reserving…`,"summary.heading":`Check and confirm your appointment`,"summary.holding":`We are holding this time for you for`,"summary.holdingAria":ge(`{count} minute left to confirm`,`{count} minutes left to confirm`),"summary.when":`Date and time`,"summary.type":`Appointment`,"summary.with":`With`,"summary.where":`Where`,"summary.length":`Length`,"summary.cost":`Cost`,"summary.free":`Free (NHS)`,"summary.confirm":`Confirm appointment`,"summary.confirming":`Confirming…`,"summary.back":`Back to times`,"summary.cancelling":`Releasing this time…`,"booked.heading":`Appointment booked`,"booked.text":`Your appointment is confirmed.`,"booked.another":`Book another appointment`,"notice.taken":`Sorry, someone else has just booked that time. Choose another time.`,"notice.lapsed":`We could not hold that time any longer, so it has been released. Choose a time again.`,"announce.slots":ge(`{count} appointment available from {from} to {to}.`,`{count} appointments available from {from} to {to}.`),"announce.reserved":`Time reserved. Check the details and confirm the appointment.`,"announce.minutes":ge(`{count} minute left to confirm your appointment.`,`{count} minutes left to confirm your appointment.`),"announce.seconds":`{count} seconds left to confirm your appointment.`,"announce.booked":`Appointment booked.`,"announce.released":`The time has been released.`,when:`{day} at {time}`,"error.patient.call":`If you need to book an appointment now, call your GP surgery on {phone}.`,"error.patient.contact":`If you need to book an appointment now, contact your GP surgery.`},Do=[6e5,3e5,12e4,6e4,3e4],Oo=7,ko=90,Ao=class extends I{static{this.styles=K}static{this.translations={"en-GB":q}}static{this.translationKey=`slotPicker`}static{this.properties={appointmentTypeId:{attribute:`appointment-type-id`},locationId:{attribute:`location-id`},practitionerId:{attribute:`practitioner-id`},patientId:{attribute:`patient-id`},startDate:{attribute:`start-date`},days:{type:Number},step:{state:!0},chosenTypeId:{state:!0},draftTypeId:{state:!0},draftLocationId:{state:!0},chooseErrors:{state:!0},locationFilter:{state:!0},practitionerFilter:{state:!0},windowStart:{state:!0},weekStart:{state:!0},chosenDay:{state:!0},selectedSlotId:{state:!0},activeSlotId:{state:!0},reservation:{state:!0},booked:{state:!0},notice:{state:!0},actionError:{state:!0},busy:{state:!0},navMessage:{state:!0},remainingMs:{state:!0},refreshes:{state:!0}}}#e=new hi(this,{task:async([e],{signal:t})=>e?Co(e,t):mi,args:()=>[this.client],onError:e=>void this.reportError(e)});#t=new hi(this,{task:async([e,t,n,r,i,a],{signal:o})=>{if(!t)return;if(!e)return mi;let s=sa(i,a-1),c={appointmentTypeId:t,locationId:n,practitionerId:r},{data:l}=await e.listAll(`/v1/slots`,{query:Eo(c,i,s),signal:o}),u=To(l,i,s);return u.slots.length===0&&(u.nextAvailable=await G(e,c,sa(s,1),o)),u},args:()=>[this.client,this.typeId,this.locationFilter,this.practitionerFilter,this.windowStart,this.windowDays,this.refreshes],onComplete:e=>{if(!e)return;let t=this.t(`announce.slots`,{count:e.slots.length,from:H(e.start,this.locale),to:H(e.end,this.locale)});this.announce(this.notice?`${this.notice} ${t}`:t)},onError:e=>void this.reportError(e)});#n;#r=new Set;constructor(){super(),this.step=`choose`,this.draftLocationId=``,this.chooseErrors=[],this.locationFilter=``,this.practitionerFilter=``,this.windowStart=``,this.weekStart=``,this.remainingMs=0,this.refreshes=0,this.days=7}disconnectedCallback(){super.disconnectedCallback(),this.#j()}connectedCallback(){super.connectedCallback(),this.step===`summary`&&this.reservation&&this.#A()}willUpdate(e){e.has(`appointmentTypeId`)&&(this.#k(),this.chosenTypeId=void 0,this.selectedSlotId=void 0,this.step=this.appointmentTypeId?`slots`:`choose`),e.has(`locationId`)&&(this.locationFilter=this.locationId??``),e.has(`practitionerId`)&&(this.practitionerFilter=this.practitionerId??``),(e.has(`startDate`)||!this.windowStart)&&(this.windowStart=this.startDate&&la(this.startDate)?this.startDate:this.#a(),this.weekStart=this.windowStart,this.chosenDay=void 0),super.willUpdate(e)}updated(e){super.updated(e),this.#i()}#i(){this.#e.status===2&&(this.step===`choose`||this.#t.status===2&&this.#t.value)&&this.markReady()}get typeId(){return this.appointmentTypeId||this.chosenTypeId||void 0}get windowDays(){let e=Math.floor(Number(this.days));return Number.isFinite(e)?Math.min(ko,Math.max(1,e)):7}get windowEnd(){return sa(this.windowStart,this.windowDays-1)}#a(){return ia(Date.now())}get visibleDays(){let e=[];for(let t=0;t<Oo;t++){let n=sa(this.weekStart,t);if(n>this.windowEnd)break;e.push(n)}return e}dayOnScreen(e){let t=this.visibleDays;return this.chosenDay&&t.includes(this.chosenDay)?this.chosenDay:t.find(t=>e?.byDay.get(t)?.length)??t[0]??this.weekStart}#o(e){if(e)return this.#t.value?.slots.find(t=>t.slot.id===e)}#s(e){this.draftTypeId=e.target.value,this.chooseErrors=[]}#c(e){this.draftLocationId=e.target.value}#l(e){e.preventDefault(),this.draftTypeId?(this.chosenTypeId=this.draftTypeId,this.locationId||(this.locationFilter=this.draftLocationId),this.selectedSlotId=void 0,this.notice=void 0,this.step=`slots`,this.focusOn(`#slots-heading`)):(this.chooseErrors=[this.t(`choose.typeRequired`)],this.focusOn(`#error-summary`))}#u(){this.draftTypeId=this.chosenTypeId,this.draftLocationId=this.locationFilter,this.selectedSlotId=void 0,this.notice=void 0,this.actionError=void 0,this.step=`choose`,this.focusOn(`#choose-heading`)}#d(e){this.locationFilter=e.target.value,this.#p()}#f(e){this.practitionerFilter=e.target.value,this.#p()}#p(){this.chosenDay=void 0,this.notice=void 0,this.navMessage=void 0,this.actionError=void 0}#m(e){if(this.navMessage=void 0,this.notice=void 0,this.chosenDay=void 0,e===1){let e=sa(this.weekStart,Oo);e<=this.windowEnd?this.weekStart=e:this.#h(e);return}let t=this.#a();if(this.weekStart<=t)return;let n=sa(this.weekStart,-7);n>=this.windowStart?this.weekStart=n:this.#h(n<t?t:n)}#h(e,t){this.windowStart=e,this.weekStart=e,this.chosenDay=t}#g(e){this.navMessage=void 0,e>=this.windowStart&&e<=this.windowEnd?(this.weekStart=sa(this.windowStart,Math.floor(ca(this.windowStart,e)/Oo)*Oo),this.chosenDay=e):this.#h(e,e)}#_(e){let t=e.target.closest(`[data-day]`)?.dataset.day;t&&(this.chosenDay=t)}#v(e){let t=this.visibleDays,n=t.indexOf(this.dayOnScreen(this.#t.value)),r;if(e.key===`ArrowRight`?r=Math.min(t.length-1,n+1):e.key===`ArrowLeft`?r=Math.max(0,n-1):e.key===`Home`?r=0:e.key===`End`&&(r=t.length-1),r===void 0)return;e.preventDefault();let i=t[r];i&&(this.chosenDay=i,this.focusOn(`#day-${i}`))}async#y(){let e=this.#t.value,t=this.dayOnScreen(e),n=e?[...e.byDay.keys()].find(e=>e>t):void 0;if(n){this.#g(n),this.focusOn(`#day-${n}`);return}let r=this.typeId;if(!this.busy&&r){this.busy=`next`,this.navMessage=void 0,this.actionError=void 0;try{let e=this.requireClient(),t=sa(this.windowEnd,1),n=await G(e,{appointmentTypeId:r,locationId:this.locationFilter,practitionerId:this.practitionerFilter},t);n?(this.#g(n),this.focusOn(`#slots-heading`)):(this.navMessage=this.t(`nav.noneAfter`,{weeks:56/Oo,day:H(this.windowEnd,this.locale)}),this.announce(this.navMessage))}catch(e){let t=this.reportError(e);t&&(this.actionError={error:t,retry:()=>void this.#y()})}finally{this.busy=void 0}}}#b(e){let t=e.target.closest(`[role="option"]`)?.dataset.id;t&&this.#S(t)}#x(e,t){let n=t.map(e=>e.slot.id),r=Math.max(0,n.indexOf(this.activeSlotId??this.selectedSlotId??``)),i;switch(e.key){case`ArrowDown`:case`ArrowRight`:i=Math.min(n.length-1,r+1);break;case`ArrowUp`:case`ArrowLeft`:i=Math.max(0,r-1);break;case`Home`:i=0;break;case`End`:i=n.length-1;break;case`Enter`:case` `:{e.preventDefault();let t=n[r];t&&this.#S(t);return}default:return}e.preventDefault();let a=n[i];a&&(this.activeSlotId=a,this.focusOn(`#slot-${a}`))}#S(e){let t=this.#o(e);t&&(this.activeSlotId=e,this.actionError=void 0,this.selectedSlotId!==e&&(this.selectedSlotId=e,this.emit(`hero-slot-select`,{slot:t.slot})))}async#C(){let e=this.#o(this.selectedSlotId);if(this.busy||!e||this.step!==`slots`)return;this.busy=`reserve`,this.actionError=void 0,this.notice=void 0;let{slot:t}=e;try{let e=this.requireClient(),n=this.#e.value?.typeById.get(t.appointment_type_id),r={appointment_type_id:t.appointment_type_id,location_id:t.location_id,practitioner_id:t.practitioner_id,start_time:t.start_time,duration:n?.duration??Math.round((Date.parse(t.finish_time)-Date.parse(t.start_time))/6e4)};this.patientId&&(r.patient_id=this.patientId);let i=await e.post(`/v1/appointments`,{body:r});if(!i)throw new E(`server`,`The Hero API did not say which appointment it reserved.`,{outcomeUnknown:!0});this.reservation={appointmentId:i.id,reservedUntil:i.reserved_until??null,slot:t},this.step=`summary`,this.#A(),this.focusOn(`#summary-heading`),this.announce(this.t(`announce.reserved`)),this.emit(`hero-appointment-reserve`,{appointment_id:i.id,reserved_until:i.reserved_until??null,slot:t})}catch(e){this.#D(e,()=>void this.#C())}finally{this.busy=void 0}}async#w(){let e=this.reservation;if(!this.busy&&e&&this.step===`summary`){this.busy=`book`,this.actionError=void 0;try{let t=this.requireClient(),n={id:e.appointmentId},r=await t.patch(`/v1/appointments/{id}/book`,{path:n,body:this.patientId?{patient_id:this.patientId}:{}})??await t.get(`/v1/appointments/{id}`,{path:n});this.#j(),this.booked=r,this.reservation=void 0,this.step=`booked`,this.focusOn(`#booked-heading`),this.announce(this.t(`announce.booked`)),this.emit(`hero-appointment-book`,{appointment:r})}catch(e){this.#D(e,()=>void this.#w())}finally{this.busy=void 0}}}async#T(){let e=this.reservation;if(!this.busy&&e){this.busy=`cancel`;try{await this.requireClient().patch(`/v1/appointments/{id}/cancel`,{path:{id:e.appointmentId},body:{}})}catch{}finally{this.busy=void 0}this.#O(void 0),this.announce(this.t(`announce.released`))}}#E(){this.booked=void 0,this.selectedSlotId=void 0,this.notice=void 0,this.refreshes++,this.step=this.appointmentTypeId?`slots`:`choose`,this.focusOn(this.step===`choose`?`#choose-heading`:`#slots-heading`)}#D(e,t){if($t(e))return;let n=en(e);n.status===409||n.status===410?(this.#j(),this.#O(this.t(n.status===409?`notice.taken`:`notice.lapsed`),!0)):(this.reportError(n),this.actionError={error:n,retry:t})}#O(e,t=!1){this.#j(),this.reservation=void 0,this.actionError=void 0,t&&(this.selectedSlotId=void 0),this.notice=e,this.step=`slots`,this.refreshes++,this.focusOn(e?`#notice`:`#slots-heading`),e&&this.announce(e)}#k(){let e=this.reservation;e&&(this.#j(),this.reservation=void 0,this.client?.patch(`/v1/appointments/{id}/cancel`,{path:{id:e.appointmentId},body:{}}).catch(()=>void 0))}#A(){this.#j(),this.#r.clear();let e=this.reservation?.reservedUntil;if(!e)return;let t=Date.parse(e);for(let e of Do)t-Date.now()<=e&&this.#r.add(e);let n=()=>{let e=Math.max(0,t-Date.now());if(this.remainingMs=e,e===0)this.#O(this.t(`notice.lapsed`),!0);else for(let t of Do)if(e<=t&&!this.#r.has(t)){for(let e of Do)e>=t&&this.#r.add(e);this.announce(t>=6e4?this.t(`announce.minutes`,{count:Math.round(t/6e4)}):this.t(`announce.seconds`,{count:Math.round(t/1e3)}));break}};n(),this.#n=setInterval(n,1e3)}#j(){this.#n!==void 0&&clearInterval(this.#n),this.#n=void 0}refresh(){this.#e.status===3&&this.#e.run(),this.refreshes++}#M(e,t){let n=e.practitionerById.get(t);return n?In(n):this.t(`slot.unknownPractitioner`)}#N(e,t){return e.locationById.get(t)?.name??this.t(`slot.unknownLocation`)}#P(e){return xo(e.price,this.locale)}#F(e){let t=[this.t(`type.duration`,{count:e.duration})];return e.in_person&&t.push(this.t(`type.inPerson`)),e.telephone&&t.push(this.t(`type.telephone`)),e.video&&t.push(this.t(`type.video`)),t.push(e.sector===`paid`||e.price>0?this.t(`type.paid`,{price:this.#P(e)}):this.t(`type.nhs`)),t}#I(e){return this.t(`when`,ma(e,this.locale))}#L(e){return C`<div class="loading" part="loading" role="status" aria-busy="true">
      <span class="spinner" aria-hidden="true"></span><span>${this.t(e)}</span>
    </div>`}#R(e){let t=e.types,n=!this.locationId&&e.locations.length>1,r=this.chooseErrors.length?`type-error`:void 0;return C`
      <h2 id="choose-heading" class="heading" part="heading" tabindex="-1">${this.t(`choose.heading`)}</h2>
      ${this.renderErrorSummary(this.chooseErrors.map(e=>({target:`first-type`,message:e})),3)}
      ${t.length===0?C`<p class="message" part="empty">${this.t(`choose.noTypes`)}</p>`:C`<form class="choose" novalidate @submit=${this.#l}>
            <fieldset id="type-fieldset" aria-describedby=${r??w} aria-invalid=${r?`true`:w}>
              <legend>${this.t(`choose.typeLegend`)}</legend>
              ${r?C`<p id="type-error" class="error-message">${this.chooseErrors[0]}</p>`:w}
              <div class="options">
                ${t.map((e,t)=>{let n=e.next_available_at?Date.parse(e.next_available_at):void 0;return C`<label class="option" part="type-option">
                    <input
                      type="radio"
                      id=${t?w:`first-type`}
                      name="appointment-type"
                      .value=${e.id}
                      .checked=${this.draftTypeId===e.id}
                      @change=${this.#s}
                    />
                    <span class="option-text">
                      <span class="option-name">${e.name}</span>
                      <span class="option-facts">${this.#F(e).join(` · `)}</span>
                      <span class="option-next">${n===void 0?this.t(`type.noneSoon`):this.t(`type.next`,{when:this.#I(n)})}</span>
                    </span>
                  </label>`})}
              </div>
            </fieldset>
            ${n?C`<fieldset>
                  <legend>${this.t(`choose.locationLegend`)}</legend>
                  <div class="options">
                    ${[{id:``,name:this.t(`choose.anyLocation`),address:``},...e.locations.map(e=>({id:e.id,name:e.name,address:[e.address_line_1,e.address_line_2,e.town,e.postcode].filter(Boolean).join(`, `)}))].map(e=>C`<label class="option" part="location-option">
                        <input type="radio" name="location" .value=${e.id} .checked=${this.draftLocationId===e.id} @change=${this.#c} />
                        <span class="option-text">
                          <span class="option-name">${e.name}</span>
                          ${e.address?C`<span class="option-facts">${e.address}</span>`:w}
                        </span>
                      </label>`)}
                  </div>
                </fieldset>`:w}
            <button type="submit" class="button" part="continue-button">${this.t(`choose.continue`)}</button>
          </form>`}
    `}#z(e){let t=this.typeId?e.typeById.get(this.typeId):void 0,n=e.practitioners.filter(e=>!t||e.practitioner_type===t.practitioner_type),r=(n.length?n:e.practitioners).slice().sort((e,t)=>e.last_name.localeCompare(t.last_name)||e.first_name.localeCompare(t.first_name));return C`<div class="filters" part="filters">
      ${!this.locationId&&e.locations.length>1?C`<label class="filter">
            <span>${this.t(`filter.location`)}</span>
            <select part="location-filter" @change=${this.#d}>
              <option value="" ?selected=${!this.locationFilter}>${this.t(`filter.anyLocation`)}</option>
              ${e.locations.map(e=>C`<option value=${e.id} ?selected=${this.locationFilter===e.id}>${e.name}</option>`)}
            </select>
          </label>`:w}
      <label class="filter">
        <span>${this.t(`filter.practitioner`)}</span>
        <select part="practitioner-filter" @change=${this.#f}>
          <option value="" ?selected=${!this.practitionerFilter}>${this.t(`filter.anyPractitioner`)}</option>
          ${r.map(t=>C`<option value=${t.id} ?selected=${this.practitionerFilter===t.id}>${this.#M(e,t.id)}</option>`)}
        </select>
      </label>
    </div>`}#B(e,t){let n=this.visibleDays,r=n[0]??this.weekStart,i=n[n.length-1]??this.weekStart,a=this.#t.status===1,o=this.weekStart<=this.#a()||a,s=this.busy===`next`;return C`<nav class="day-nav" part="day-nav" aria-labelledby="range">
      <div class="week">
        <button type="button" class="button secondary nav-button" part="nav-button" aria-disabled=${o}
          @click=${()=>!o&&this.#m(-1)}>
          <svg aria-hidden="true" viewBox="0 0 16 16" width="16" height="16"><path d="M10 3 5 8l5 5" fill="none" stroke="currentColor" stroke-width="2"/></svg>
          <span>${this.t(`nav.previous`)}</span>
        </button>
        <p id="range" class="range">${this.t(`nav.range`,{from:H(r,this.locale,`short`),to:H(i,this.locale,`short`,!0)})}</p>
        <button type="button" class="button secondary nav-button" part="nav-button" aria-disabled=${a}
          @click=${()=>!a&&this.#m(1)}>
          <span>${this.t(`nav.next`)}</span>
          <svg aria-hidden="true" viewBox="0 0 16 16" width="16" height="16"><path d="m6 3 5 5-5 5" fill="none" stroke="currentColor" stroke-width="2"/></svg>
        </button>
      </div>
      <div class="days" role="tablist" aria-label=${this.t(`nav.label`)} @click=${this.#_} @keydown=${this.#v}>
        ${n.map(n=>{let r=e?.byDay.get(n)?.length??0,i=n===t,a=H(n,this.locale);return C`<button
            type="button"
            role="tab"
            id=${`day-${n}`}
            data-day=${n}
            class="day ${r?``:`no-slots`}"
            part=${i?`day day-selected`:`day`}
            aria-selected=${i}
            aria-controls="day-panel"
            tabindex=${i?`0`:`-1`}
          >
            <span class="day-name" aria-hidden="true">${H(n,this.locale,`short`)}</span>
            <span class="visually-hidden">${a},</span>
            <span class="day-count">${e?r?this.t(`day.count`,{count:r}):this.t(`day.none`):w}</span>
          </button>`})}
      </div>
      <button type="button" class="button secondary nav-button next-available" part="nav-button"
        aria-disabled=${s||a} @click=${()=>!(s||a)&&void this.#y()}>
        ${s?this.t(`loading.nextAvailable`):this.t(`nav.nextAvailable`)}
      </button>
      ${this.navMessage?C`<p class="message" part="notice">${this.navMessage}</p>`:w}
    </nav>`}#V(e,t,n){if(t.slots.length===0){let e=H(t.start,this.locale),n=H(t.end,this.locale,`long`,!0),r=t.nextAvailable;return C`<div class="message empty" part="empty">
        <p>${this.t(`empty.window`,{from:e,to:n})}</p>
        ${r?C`<button type="button" class="button secondary" @click=${()=>this.#g(r)}>
              ${this.t(`empty.goTo`,{day:H(r,this.locale,`long`,!0)})}
            </button>`:C`<p>${this.t(`empty.noneSoon`,{weeks:56/Oo})}</p>`}
      </div>`}let r=t.byDay.get(n)??[],i=H(n,this.locale);if(r.length===0)return C`<p class="message empty" part="empty">${this.t(`day.empty`,{day:i})}</p>`;let a=r.some(e=>e.slot.id===this.activeSlotId)?this.activeSlotId:r.some(e=>e.slot.id===this.selectedSlotId)?this.selectedSlotId:r[0]?.slot.id;return C`<div
      class="slots"
      part="slots"
      role="listbox"
      aria-label=${this.t(`slots.listLabel`,{day:i})}
      @click=${this.#b}
      @keydown=${e=>this.#x(e,r)}
    >
      ${wo.map(t=>{let n=r.filter(e=>e.period===t);if(!n.length)return w;let i=this.t(`period.${t}`);return C`<div class="period" part="period" role="group" aria-label=${i}>
          <div class="period-heading" part="period-heading" aria-hidden="true">${i}</div>
          <div class="period-slots">${n.map(t=>this.#H(e,t,a))}</div>
        </div>`})}
    </div>`}#H(e,t,n){let{slot:r}=t,i=r.id===this.selectedSlotId,a=pa(t.startMs,this.locale),o=this.#M(e,r.practitioner_id),s=this.#N(e,r.location_id);return C`<div
      role="option"
      id=${`slot-${r.id}`}
      data-id=${r.id}
      class="slot"
      part=${i?`slot slot-selected`:`slot`}
      aria-selected=${i}
      tabindex=${r.id===n?`0`:`-1`}
    >
      <span class="slot-time">${a}<span class="visually-hidden">,</span></span>
      <span class="slot-detail">${o}<span class="visually-hidden">,</span></span>
      <span class="slot-detail">${s}</span>
    </div>`}#U(e,t){let n=this.busy===`reserve`;return C`<div class="selection" part="selection">
      <p>
        ${this.t(`selection.text`,{when:this.#I(t.startMs),practitioner:this.#M(e,t.slot.practitioner_id),location:this.#N(e,t.slot.location_id)})}
      </p>
      <button type="button" class="button" part="reserve-button" aria-disabled=${n} @click=${this.#C}>
        ${n?this.t(`selection.reserving`):this.t(`selection.reserve`)}
      </button>
    </div>`}#W(e){let t=this.#t.value,n=this.dayOnScreen(t),r=this.typeId?e.typeById.get(this.typeId):void 0,i=this.#o(this.selectedSlotId),a=this.#t.status;return C`
      <div class="slots-header">
        <h2 id="slots-heading" class="heading" part="heading" tabindex="-1">${this.t(`slots.heading`)}</h2>
        ${r?C`<p class="type-line">${r.name} · ${this.#F(r).join(` · `)}</p>`:w}
        ${this.appointmentTypeId?w:C`<button type="button" class="button secondary small" @click=${this.#u}>${this.t(`slots.changeType`)}</button>`}
      </div>
      ${this.notice?C`<div id="notice" class="message warning" part="notice" role="alert" tabindex="-1">${this.notice}</div>`:w}
      ${this.#z(e)} ${this.#B(a===2?t:void 0,n)}
      <div id="day-panel" class="day-panel" role="tabpanel" aria-labelledby=${`day-${n}`} aria-busy=${a===1}>
        ${this.#t.render({pending:()=>this.#L(`loading.slots`),complete:t=>t?this.#V(e,t,n):w,error:e=>this.renderError(e,()=>void this.#t.run())})}
      </div>
      ${a===2&&i?this.#U(e,i):w}
      ${this.actionError?this.renderError(this.actionError.error,this.actionError.retry):w}
    `}#G(e,t,n){let r=e.typeById.get(t.appointment_type_id),i=Date.parse(t.start_time);return C`<dl class="details">
      <div><dt>${this.t(`summary.when`)}</dt><dd>${this.#I(i)}</dd></div>
      ${r?C`<div><dt>${this.t(`summary.type`)}</dt><dd>${r.name}</dd></div>`:w}
      <div><dt>${this.t(`summary.with`)}</dt><dd>${this.#M(e,t.practitioner_id)}</dd></div>
      <div><dt>${this.t(`summary.where`)}</dt><dd>${this.#N(e,t.location_id)}</dd></div>
      <div><dt>${this.t(`summary.length`)}</dt><dd>${this.t(`type.duration`,{count:n??r?.duration??0})}</dd></div>
      ${r?C`<div><dt>${this.t(`summary.cost`)}</dt><dd>${r.sector===`paid`||r.price>0?this.#P(r):this.t(`summary.free`)}</dd></div>`:w}
    </dl>`}#K(e,t){let n=this.busy===`book`,r=this.busy===`cancel`,i=Math.ceil(this.remainingMs/1e3),a=`${String(Math.floor(i/60)).padStart(2,`0`)}:${String(i%60).padStart(2,`0`)}`;return C`<section class="panel summary" part="summary" aria-labelledby="summary-heading">
      <h2 id="summary-heading" class="heading" part="heading" tabindex="-1">${this.t(`summary.heading`)}</h2>
      ${t.reservedUntil?C`<p class="hold">
            <span>${this.t(`summary.holding`)}</span>
            <span class="countdown" part="countdown" role="timer" aria-label=${this.t(`summary.holdingAria`,{count:Math.ceil(i/60)})}>${a}</span>
          </p>`:w}
      ${this.#G(e,t.slot)}
      ${this.actionError?this.renderError(this.actionError.error,this.actionError.retry):w}
      <div class="actions">
        <button type="button" class="button" part="confirm-button" aria-disabled=${n||r} @click=${this.#w}>
          ${n?this.t(`summary.confirming`):this.t(`summary.confirm`)}
        </button>
        <button type="button" class="button secondary" part="back-button" aria-disabled=${n||r} @click=${this.#T}>
          ${r?this.t(`summary.cancelling`):this.t(`summary.back`)}
        </button>
      </div>
    </section>`}#q(e,t){let{start_time:n}=t;return C`<section class="panel confirmation" part="confirmation" aria-labelledby="booked-heading">
      <h2 id="booked-heading" class="heading" part="heading" tabindex="-1">
        <svg aria-hidden="true" viewBox="0 0 24 24" width="24" height="24"><path d="m5 12.5 4.5 4.5L19 7.5" fill="none" stroke="currentColor" stroke-width="2.5"/></svg>
        ${this.t(`booked.heading`)}
      </h2>
      <p>${this.t(`booked.text`)}</p>
      ${n?this.#G(e,{...t,start_time:n},t.duration):w}
      <button type="button" class="button secondary" @click=${this.#E}>${this.t(`booked.another`)}</button>
    </section>`}#J(e){switch(this.step){case`choose`:return this.#R(e);case`slots`:return this.#W(e);case`summary`:return this.reservation?this.#K(e,this.reservation):w;case`booked`:return this.booked?this.#q(e,this.booked):w}}renderContent(){return C`<div class="base" part="base">
      ${this.#e.render({initial:()=>this.#L(`loading.reference`),pending:()=>this.#L(`loading.reference`),complete:e=>this.#J(e),error:e=>this.renderError(e,()=>this.refresh())})}
      ${this.renderAnnouncer()}
    </div>`}};customElements.get(`hero-slot-picker`)||customElements.define(`hero-slot-picker`,Ao);var jo=y({tagName:`hero-provider`,elementClass:pi,react:b,displayName:`HeroProvider`});y({tagName:`hero-form-renderer`,elementClass:Yi,react:b,events:{onHeroFormSubmit:`hero-form-submit`,onHeroFormDraft:`hero-form-draft`,onHeroReady:`hero-ready`,onHeroError:`hero-error`},displayName:`HeroFormRenderer`});var Mo=y({tagName:`hero-message-composer`,elementClass:oo,react:b,events:{onHeroMessageSend:`hero-message-send`,onHeroMessageStatus:`hero-message-status`,onHeroReady:`hero-ready`,onHeroError:`hero-error`},displayName:`HeroMessageComposer`}),No=y({tagName:`hero-patient-lookup`,elementClass:bo,react:b,events:{onHeroPatientSelect:`hero-patient-select`,onHeroIdentityVerification:`hero-identity-verification`,onHeroReady:`hero-ready`,onHeroError:`hero-error`},displayName:`HeroPatientLookup`});y({tagName:`hero-slot-picker`,elementClass:Ao,react:b,events:{onHeroSlotSelect:`hero-slot-select`,onHeroAppointmentReserve:`hero-appointment-reserve`,onHeroAppointmentBook:`hero-appointment-book`,onHeroReady:`hero-ready`,onHeroError:`hero-error`},displayName:`HeroSlotPicker`});var Po=o((e=>{var t=u(),n=Symbol.for(`react.element`),r=Object.prototype.hasOwnProperty,i=t.__SECRET_INTERNALS_DO_NOT_USE_OR_YOU_WILL_BE_FIRED.ReactCurrentOwner,a={key:!0,ref:!0,__self:!0,__source:!0};function o(e,t,o){var s,c={},l=null,u=null;for(s in o!==void 0&&(l=``+o),t.key!==void 0&&(l=``+t.key),t.ref!==void 0&&(u=t.ref),t)r.call(t,s)&&!a.hasOwnProperty(s)&&(c[s]=t[s]);if(e&&e.defaultProps)for(s in t=e.defaultProps,t)c[s]===void 0&&(c[s]=t[s]);return{$$typeof:n,type:e,key:l,ref:u,props:c,_owner:i.current}}e.jsx=o,e.jsxs=o})),J=o(((e,t)=>{t.exports=Po()}))();async function Fo(){let e=await fetch(`/api/hero-token`,{credentials:`include`});if(!e.ok)throw Error(`The token route answered ${e.status}`);let{access_token:t}=await e.json();return t}var Io=`sms email nhs_app hero`;function Lo(){let[e,t]=(0,b.useState)(),[n,r]=(0,b.useState)(Io),[i,a]=(0,b.useState)(0),o=(0,b.useCallback)(e=>{let n=e.detail.patient;t({id:String(n.id),name:[n.first_name,n.last_name].filter(Boolean).join(` `)})},[]);return(0,J.jsxs)(`main`,{children:[(0,J.jsx)(`h1`,{children:`Hero Elements in React`}),(0,J.jsxs)(`p`,{children:[`React `,(0,J.jsx)(`span`,{"data-testid":`react-version`,children:b.version})]}),(0,J.jsxs)(jo,{tenantId:`1001`,tokenProvider:Fo,children:[(0,J.jsxs)(`section`,{"aria-labelledby":`find`,children:[(0,J.jsx)(`h2`,{id:`find`,children:`Find a patient`}),(0,J.jsx)(No,{onHeroPatientSelect:o})]}),(0,J.jsxs)(`section`,{"aria-labelledby":`chosen`,children:[(0,J.jsx)(`h2`,{id:`chosen`,children:`Chosen patient`}),(0,J.jsx)(`p`,{role:`status`,children:e?`Writing to ${e.name}`:`No patient chosen yet`})]}),(0,J.jsxs)(`section`,{"aria-labelledby":`message`,children:[(0,J.jsx)(`h2`,{id:`message`,children:`Message the patient`}),(0,J.jsxs)(`div`,{role:`group`,"aria-label":`Channels offered`,children:[(0,J.jsx)(`button`,{type:`button`,"aria-pressed":n===`sms`,onClick:()=>r(`sms`),children:`Text message only`}),(0,J.jsx)(`button`,{type:`button`,"aria-pressed":n===Io,onClick:()=>r(Io),children:`All channels`})]}),(0,J.jsxs)(`p`,{children:[`Messages sent: `,i]}),e?(0,J.jsx)(Mo,{patientId:e.id,channels:n,onHeroMessageSend:()=>a(e=>e+1)}):null]})]})]})}(0,ee.createRoot)(document.getElementById(`root`)).render((0,J.jsx)(b.StrictMode,{children:(0,J.jsx)(Lo,{})}));