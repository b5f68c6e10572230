var e=Object.create,t=Object.defineProperty,n=Object.getOwnPropertyDescriptor,r=Object.getOwnPropertyNames,i=Object.getPrototypeOf,a=Object.prototype.hasOwnProperty,o=(e,t)=>()=>(t||(e((t={exports:{}}).exports,t,t.exports),e=null),t.exports),s=(e,i,o,s)=>{if(i&&typeof i==`object`||typeof i==`function`)for(var c=r(i),l=0,u=c.length,d;l<u;l++)d=c[l],!a.call(e,d)&&d!==o&&t(e,d,{get:(e=>i[e]).bind(null,d),enumerable:!(s=n(i,d))||s.enumerable});return e},c=(n,r,o)=>(o=n==null?{}:e(i(n)),s(r||!n||!n.__esModule||!a.call(n,`default`)?t(o,`default`,{value:n,enumerable:!0}):o,n));(function(){let e=document.createElement(`link`).relList;if(e&&e.supports&&e.supports(`modulepreload`))return;for(let e of document.querySelectorAll(`link[rel="modulepreload"]`))n(e);new MutationObserver(e=>{for(let t of e)if(t.type===`childList`)for(let e of t.addedNodes)e.tagName===`LINK`&&e.rel===`modulepreload`&&n(e)}).observe(document,{childList:!0,subtree:!0});function t(e){let t={};return e.integrity&&(t.integrity=e.integrity),e.referrerPolicy&&(t.referrerPolicy=e.referrerPolicy),t.credentials=e.crossOrigin===`use-credentials`?`include`:e.crossOrigin===`anonymous`?`omit`:`same-origin`,t}function n(e){if(e.ep)return;e.ep=!0;let n=t(e);fetch(e.href,n)}})();var l=o((e=>{var t=Symbol.for(`react.element`),n=Symbol.for(`react.portal`),r=Symbol.for(`react.fragment`),i=Symbol.for(`react.strict_mode`),a=Symbol.for(`react.profiler`),o=Symbol.for(`react.provider`),s=Symbol.for(`react.context`),c=Symbol.for(`react.forward_ref`),l=Symbol.for(`react.suspense`),u=Symbol.for(`react.memo`),d=Symbol.for(`react.lazy`),f=Symbol.iterator;function p(e){return typeof e!=`object`||!e?null:(e=f&&e[f]||e[`@@iterator`],typeof e==`function`?e:null)}var m={isMounted:function(){return!1},enqueueForceUpdate:function(){},enqueueReplaceState:function(){},enqueueSetState:function(){}},h=Object.assign,g={};function _(e,t,n){this.props=e,this.context=t,this.refs=g,this.updater=n||m}_.prototype.isReactComponent={},_.prototype.setState=function(e,t){if(typeof e!=`object`&&typeof e!=`function`&&e!=null)throw Error(`setState(...): takes an object of state variables to update or a function which returns an object of state variables.`);this.updater.enqueueSetState(this,e,t,`setState`)},_.prototype.forceUpdate=function(e){this.updater.enqueueForceUpdate(this,e,`forceUpdate`)};function v(){}v.prototype=_.prototype;function y(e,t,n){this.props=e,this.context=t,this.refs=g,this.updater=n||m}var b=y.prototype=new v;b.constructor=y,h(b,_.prototype),b.isPureReactComponent=!0;var ee=Array.isArray,te=Object.prototype.hasOwnProperty,x={current:null},ne={key:!0,ref:!0,__self:!0,__source:!0};function re(e,n,r){var i,a={},o=null,s=null;if(n!=null)for(i in n.ref!==void 0&&(s=n.ref),n.key!==void 0&&(o=``+n.key),n)te.call(n,i)&&!ne.hasOwnProperty(i)&&(a[i]=n[i]);var c=arguments.length-2;if(c===1)a.children=r;else if(1<c){for(var l=Array(c),u=0;u<c;u++)l[u]=arguments[u+2];a.children=l}if(e&&e.defaultProps)for(i in c=e.defaultProps,c)a[i]===void 0&&(a[i]=c[i]);return{$$typeof:t,type:e,key:o,ref:s,props:a,_owner:x.current}}function ie(e,n){return{$$typeof:t,type:e.type,key:n,ref:e.ref,props:e.props,_owner:e._owner}}function ae(e){return typeof e==`object`&&!!e&&e.$$typeof===t}function oe(e){var t={"=":`=0`,":":`=2`};return`$`+e.replace(/[=:]/g,function(e){return t[e]})}var se=/\/+/g;function ce(e,t){return typeof e==`object`&&e&&e.key!=null?oe(``+e.key):t.toString(36)}function le(e,r,i,a,o){var s=typeof e;(s===`undefined`||s===`boolean`)&&(e=null);var c=!1;if(e===null)c=!0;else switch(s){case`string`:case`number`:c=!0;break;case`object`:switch(e.$$typeof){case t:case n:c=!0}}if(c)return c=e,o=o(c),e=a===``?`.`+ce(c,0):a,ee(o)?(i=``,e!=null&&(i=e.replace(se,`$&/`)+`/`),le(o,r,i,``,function(e){return e})):o!=null&&(ae(o)&&(o=ie(o,i+(!o.key||c&&c.key===o.key?``:(``+o.key).replace(se,`$&/`)+`/`)+e)),r.push(o)),1;if(c=0,a=a===``?`.`:a+`:`,ee(e))for(var l=0;l<e.length;l++){s=e[l];var u=a+ce(s,l);c+=le(s,r,i,u,o)}else if(u=p(e),typeof u==`function`)for(e=u.call(e),l=0;!(s=e.next()).done;)s=s.value,u=a+ce(s,l++),c+=le(s,r,i,u,o);else if(s===`object`)throw r=String(e),Error(`Objects are not valid as a React child (found: `+(r===`[object Object]`?`object with keys {`+Object.keys(e).join(`, `)+`}`:r)+`). If you meant to render a collection of children, use an array instead.`);return c}function ue(e,t,n){if(e==null)return e;var r=[],i=0;return le(e,r,``,``,function(e){return t.call(n,e,i++)}),r}function de(e){if(e._status===-1){var t=e._result;t=t(),t.then(function(t){(e._status===0||e._status===-1)&&(e._status=1,e._result=t)},function(t){(e._status===0||e._status===-1)&&(e._status=2,e._result=t)}),e._status===-1&&(e._status=0,e._result=t)}if(e._status===1)return e._result.default;throw e._result}var S={current:null},fe={transition:null},pe={ReactCurrentDispatcher:S,ReactCurrentBatchConfig:fe,ReactCurrentOwner:x};function me(){throw Error(`act(...) is not supported in production builds of React.`)}e.Children={map:ue,forEach:function(e,t,n){ue(e,function(){t.apply(this,arguments)},n)},count:function(e){var t=0;return ue(e,function(){t++}),t},toArray:function(e){return ue(e,function(e){return e})||[]},only:function(e){if(!ae(e))throw Error(`React.Children.only expected to receive a single React element child.`);return e}},e.Component=_,e.Fragment=r,e.Profiler=a,e.PureComponent=y,e.StrictMode=i,e.Suspense=l,e.__SECRET_INTERNALS_DO_NOT_USE_OR_YOU_WILL_BE_FIRED=pe,e.act=me,e.cloneElement=function(e,n,r){if(e==null)throw Error(`React.cloneElement(...): The argument must be a React element, but you passed `+e+`.`);var i=h({},e.props),a=e.key,o=e.ref,s=e._owner;if(n!=null){if(n.ref!==void 0&&(o=n.ref,s=x.current),n.key!==void 0&&(a=``+n.key),e.type&&e.type.defaultProps)var c=e.type.defaultProps;for(l in n)te.call(n,l)&&!ne.hasOwnProperty(l)&&(i[l]=n[l]===void 0&&c!==void 0?c[l]:n[l])}var l=arguments.length-2;if(l===1)i.children=r;else if(1<l){c=Array(l);for(var u=0;u<l;u++)c[u]=arguments[u+2];i.children=c}return{$$typeof:t,type:e.type,key:a,ref:o,props:i,_owner:s}},e.createContext=function(e){return e={$$typeof:s,_currentValue:e,_currentValue2:e,_threadCount:0,Provider:null,Consumer:null,_defaultValue:null,_globalName:null},e.Provider={$$typeof:o,_context:e},e.Consumer=e},e.createElement=re,e.createFactory=function(e){var t=re.bind(null,e);return t.type=e,t},e.createRef=function(){return{current:null}},e.forwardRef=function(e){return{$$typeof:c,render:e}},e.isValidElement=ae,e.lazy=function(e){return{$$typeof:d,_payload:{_status:-1,_result:e},_init:de}},e.memo=function(e,t){return{$$typeof:u,type:e,compare:t===void 0?null:t}},e.startTransition=function(e){var t=fe.transition;fe.transition={};try{e()}finally{fe.transition=t}},e.unstable_act=me,e.useCallback=function(e,t){return S.current.useCallback(e,t)},e.useContext=function(e){return S.current.useContext(e)},e.useDebugValue=function(){},e.useDeferredValue=function(e){return S.current.useDeferredValue(e)},e.useEffect=function(e,t){return S.current.useEffect(e,t)},e.useId=function(){return S.current.useId()},e.useImperativeHandle=function(e,t,n){return S.current.useImperativeHandle(e,t,n)},e.useInsertionEffect=function(e,t){return S.current.useInsertionEffect(e,t)},e.useLayoutEffect=function(e,t){return S.current.useLayoutEffect(e,t)},e.useMemo=function(e,t){return S.current.useMemo(e,t)},e.useReducer=function(e,t,n){return S.current.useReducer(e,t,n)},e.useRef=function(e){return S.current.useRef(e)},e.useState=function(e){return S.current.useState(e)},e.useSyncExternalStore=function(e,t,n){return S.current.useSyncExternalStore(e,t,n)},e.useTransition=function(){return S.current.useTransition()},e.version=`18.3.1`})),u=o(((e,t)=>{t.exports=l()})),d=o((e=>{function t(e,t){var n=e.length;e.push(t);a:for(;0<n;){var r=n-1>>>1,a=e[r];if(0<i(a,t))e[r]=t,e[n]=a,n=r;else break a}}function n(e){return e.length===0?null:e[0]}function r(e){if(e.length===0)return null;var t=e[0],n=e.pop();if(n!==t){e[0]=n;a:for(var r=0,a=e.length,o=a>>>1;r<o;){var s=2*(r+1)-1,c=e[s],l=s+1,u=e[l];if(0>i(c,n))l<a&&0>i(u,c)?(e[r]=u,e[l]=n,r=l):(e[r]=c,e[s]=n,r=s);else if(l<a&&0>i(u,n))e[r]=u,e[l]=n,r=l;else break a}}return t}function i(e,t){var n=e.sortIndex-t.sortIndex;return n===0?e.id-t.id:n}if(typeof performance==`object`&&typeof performance.now==`function`){var a=performance;e.unstable_now=function(){return a.now()}}else{var o=Date,s=o.now();e.unstable_now=function(){return o.now()-s}}var c=[],l=[],u=1,d=null,f=3,p=!1,m=!1,h=!1,g=typeof setTimeout==`function`?setTimeout:null,_=typeof clearTimeout==`function`?clearTimeout:null,v=typeof setImmediate<`u`?setImmediate:null;typeof navigator<`u`&&navigator.scheduling!==void 0&&navigator.scheduling.isInputPending!==void 0&&navigator.scheduling.isInputPending.bind(navigator.scheduling);function y(e){for(var i=n(l);i!==null;){if(i.callback===null)r(l);else if(i.startTime<=e)r(l),i.sortIndex=i.expirationTime,t(c,i);else break;i=n(l)}}function b(e){if(h=!1,y(e),!m){if(n(c)!==null)m=!0,ue(ee);else{var t=n(l);t!==null&&de(b,t.startTime-e)}}}function ee(t,i){m=!1,h&&(h=!1,_(ne),ne=-1),p=!0;var a=f;try{for(y(i),d=n(c);d!==null&&(!(d.expirationTime>i)||t&&!ae());){var o=d.callback;if(typeof o==`function`){d.callback=null,f=d.priorityLevel;var s=o(d.expirationTime<=i);i=e.unstable_now(),typeof s==`function`?d.callback=s:d===n(c)&&r(c),y(i)}else r(c);d=n(c)}if(d!==null)var u=!0;else{var g=n(l);g!==null&&de(b,g.startTime-i),u=!1}return u}finally{d=null,f=a,p=!1}}var te=!1,x=null,ne=-1,re=5,ie=-1;function ae(){return!(e.unstable_now()-ie<re)}function oe(){if(x!==null){var t=e.unstable_now();ie=t;var n=!0;try{n=x(!0,t)}finally{n?se():(te=!1,x=null)}}else te=!1}var se;if(typeof v==`function`)se=function(){v(oe)};else if(typeof MessageChannel<`u`){var ce=new MessageChannel,le=ce.port2;ce.port1.onmessage=oe,se=function(){le.postMessage(null)}}else se=function(){g(oe,0)};function ue(e){x=e,te||(te=!0,se())}function de(t,n){ne=g(function(){t(e.unstable_now())},n)}e.unstable_IdlePriority=5,e.unstable_ImmediatePriority=1,e.unstable_LowPriority=4,e.unstable_NormalPriority=3,e.unstable_Profiling=null,e.unstable_UserBlockingPriority=2,e.unstable_cancelCallback=function(e){e.callback=null},e.unstable_continueExecution=function(){m||p||(m=!0,ue(ee))},e.unstable_forceFrameRate=function(e){0>e||125<e?console.error(`forceFrameRate takes a positive int between 0 and 125, forcing frame rates higher than 125 fps is not supported`):re=0<e?Math.floor(1e3/e):5},e.unstable_getCurrentPriorityLevel=function(){return f},e.unstable_getFirstCallbackNode=function(){return n(c)},e.unstable_next=function(e){switch(f){case 1:case 2:case 3:var t=3;break;default:t=f}var n=f;f=t;try{return e()}finally{f=n}},e.unstable_pauseExecution=function(){},e.unstable_requestPaint=function(){},e.unstable_runWithPriority=function(e,t){switch(e){case 1:case 2:case 3:case 4:case 5:break;default:e=3}var n=f;f=e;try{return t()}finally{f=n}},e.unstable_scheduleCallback=function(r,i,a){var o=e.unstable_now();switch(typeof a==`object`&&a?(a=a.delay,a=typeof a==`number`&&0<a?o+a:o):a=o,r){case 1:var s=-1;break;case 2:s=250;break;case 5:s=1073741823;break;case 4:s=1e4;break;default:s=5e3}return s=a+s,r={id:u++,callback:i,priorityLevel:r,startTime:a,expirationTime:s,sortIndex:-1},a>o?(r.sortIndex=a,t(l,r),n(c)===null&&r===n(l)&&(h?(_(ne),ne=-1):h=!0,de(b,a-o))):(r.sortIndex=s,t(c,r),m||p||(m=!0,ue(ee))),r},e.unstable_shouldYield=ae,e.unstable_wrapCallback=function(e){var t=f;return function(){var n=f;f=t;try{return e.apply(this,arguments)}finally{f=n}}}})),f=o(((e,t)=>{t.exports=d()})),p=o((e=>{var t=u(),n=f();function r(e){for(var t=`https://reactjs.org/docs/error-decoder.html?invariant=`+e,n=1;n<arguments.length;n++)t+=`&args[]=`+encodeURIComponent(arguments[n]);return`Minified React error #`+e+`; visit `+t+` for the full message or use the non-minified dev environment for full errors and additional helpful warnings.`}var i=new Set,a={};function o(e,t){s(e,t),s(e+`Capture`,t)}function s(e,t){for(a[e]=t,e=0;e<t.length;e++)i.add(t[e])}var c=typeof window<`u`&&window.document!==void 0&&window.document.createElement!==void 0,l=Object.prototype.hasOwnProperty,d=/^[:A-Z_a-z\u00C0-\u00D6\u00D8-\u00F6\u00F8-\u02FF\u0370-\u037D\u037F-\u1FFF\u200C-\u200D\u2070-\u218F\u2C00-\u2FEF\u3001-\uD7FF\uF900-\uFDCF\uFDF0-\uFFFD][:A-Z_a-z\u00C0-\u00D6\u00D8-\u00F6\u00F8-\u02FF\u0370-\u037D\u037F-\u1FFF\u200C-\u200D\u2070-\u218F\u2C00-\u2FEF\u3001-\uD7FF\uF900-\uFDCF\uFDF0-\uFFFD\-.0-9\u00B7\u0300-\u036F\u203F-\u2040]*$/,p={},m={};function h(e){return l.call(m,e)?!0:l.call(p,e)?!1:d.test(e)?m[e]=!0:(p[e]=!0,!1)}function g(e,t,n,r){if(n!==null&&n.type===0)return!1;switch(typeof t){case`function`:case`symbol`:return!0;case`boolean`:return r?!1:n===null?(e=e.toLowerCase().slice(0,5),e!==`data-`&&e!==`aria-`):!n.acceptsBooleans;default:return!1}}function _(e,t,n,r){if(t==null||g(e,t,n,r))return!0;if(r)return!1;if(n!==null)switch(n.type){case 3:return!t;case 4:return!1===t;case 5:return isNaN(t);case 6:return isNaN(t)||1>t}return!1}function v(e,t,n,r,i,a,o){this.acceptsBooleans=t===2||t===3||t===4,this.attributeName=r,this.attributeNamespace=i,this.mustUseProperty=n,this.propertyName=e,this.type=t,this.sanitizeURL=a,this.removeEmptyString=o}var y={};`children dangerouslySetInnerHTML defaultValue defaultChecked innerHTML suppressContentEditableWarning suppressHydrationWarning style`.split(` `).forEach(function(e){y[e]=new v(e,0,!1,e,null,!1,!1)}),[[`acceptCharset`,`accept-charset`],[`className`,`class`],[`htmlFor`,`for`],[`httpEquiv`,`http-equiv`]].forEach(function(e){var t=e[0];y[t]=new v(t,1,!1,e[1],null,!1,!1)}),[`contentEditable`,`draggable`,`spellCheck`,`value`].forEach(function(e){y[e]=new v(e,2,!1,e.toLowerCase(),null,!1,!1)}),[`autoReverse`,`externalResourcesRequired`,`focusable`,`preserveAlpha`].forEach(function(e){y[e]=new v(e,2,!1,e,null,!1,!1)}),`allowFullScreen async autoFocus autoPlay controls default defer disabled disablePictureInPicture disableRemotePlayback formNoValidate hidden loop noModule noValidate open playsInline readOnly required reversed scoped seamless itemScope`.split(` `).forEach(function(e){y[e]=new v(e,3,!1,e.toLowerCase(),null,!1,!1)}),[`checked`,`multiple`,`muted`,`selected`].forEach(function(e){y[e]=new v(e,3,!0,e,null,!1,!1)}),[`capture`,`download`].forEach(function(e){y[e]=new v(e,4,!1,e,null,!1,!1)}),[`cols`,`rows`,`size`,`span`].forEach(function(e){y[e]=new v(e,6,!1,e,null,!1,!1)}),[`rowSpan`,`start`].forEach(function(e){y[e]=new v(e,5,!1,e.toLowerCase(),null,!1,!1)});var b=/[\-:]([a-z])/g;function ee(e){return e[1].toUpperCase()}`accent-height alignment-baseline arabic-form baseline-shift cap-height clip-path clip-rule color-interpolation color-interpolation-filters color-profile color-rendering dominant-baseline enable-background fill-opacity fill-rule flood-color flood-opacity font-family font-size font-size-adjust font-stretch font-style font-variant font-weight glyph-name glyph-orientation-horizontal glyph-orientation-vertical horiz-adv-x horiz-origin-x image-rendering letter-spacing lighting-color marker-end marker-mid marker-start overline-position overline-thickness paint-order panose-1 pointer-events rendering-intent shape-rendering stop-color stop-opacity strikethrough-position strikethrough-thickness stroke-dasharray stroke-dashoffset stroke-linecap stroke-linejoin stroke-miterlimit stroke-opacity stroke-width text-anchor text-decoration text-rendering underline-position underline-thickness unicode-bidi unicode-range units-per-em v-alphabetic v-hanging v-ideographic v-mathematical vector-effect vert-adv-y vert-origin-x vert-origin-y word-spacing writing-mode xmlns:xlink x-height`.split(` `).forEach(function(e){var t=e.replace(b,ee);y[t]=new v(t,1,!1,e,null,!1,!1)}),`xlink:actuate xlink:arcrole xlink:role xlink:show xlink:title xlink:type`.split(` `).forEach(function(e){var t=e.replace(b,ee);y[t]=new v(t,1,!1,e,`http://www.w3.org/1999/xlink`,!1,!1)}),[`xml:base`,`xml:lang`,`xml:space`].forEach(function(e){var t=e.replace(b,ee);y[t]=new v(t,1,!1,e,`http://www.w3.org/XML/1998/namespace`,!1,!1)}),[`tabIndex`,`crossOrigin`].forEach(function(e){y[e]=new v(e,1,!1,e.toLowerCase(),null,!1,!1)}),y.xlinkHref=new v(`xlinkHref`,1,!1,`xlink:href`,`http://www.w3.org/1999/xlink`,!0,!1),[`src`,`href`,`action`,`formAction`].forEach(function(e){y[e]=new v(e,1,!1,e.toLowerCase(),null,!0,!0)});function te(e,t,n,r){var i=y.hasOwnProperty(t)?y[t]:null;(i===null?r||!(2<t.length)||t[0]!==`o`&&t[0]!==`O`||t[1]!==`n`&&t[1]!==`N`:i.type!==0)&&(_(t,n,i,r)&&(n=null),r||i===null?h(t)&&(n===null?e.removeAttribute(t):e.setAttribute(t,``+n)):i.mustUseProperty?e[i.propertyName]=n===null?i.type!==3&&``:n:(t=i.attributeName,r=i.attributeNamespace,n===null?e.removeAttribute(t):(i=i.type,n=i===3||i===4&&!0===n?``:``+n,r?e.setAttributeNS(r,t,n):e.setAttribute(t,n))))}var x=t.__SECRET_INTERNALS_DO_NOT_USE_OR_YOU_WILL_BE_FIRED,ne=Symbol.for(`react.element`),re=Symbol.for(`react.portal`),ie=Symbol.for(`react.fragment`),ae=Symbol.for(`react.strict_mode`),oe=Symbol.for(`react.profiler`),se=Symbol.for(`react.provider`),ce=Symbol.for(`react.context`),le=Symbol.for(`react.forward_ref`),ue=Symbol.for(`react.suspense`),de=Symbol.for(`react.suspense_list`),S=Symbol.for(`react.memo`),fe=Symbol.for(`react.lazy`),pe=Symbol.for(`react.offscreen`),me=Symbol.iterator;function he(e){return typeof e!=`object`||!e?null:(e=me&&e[me]||e[`@@iterator`],typeof e==`function`?e:null)}var C=Object.assign,ge;function _e(e){if(ge===void 0)try{throw Error()}catch(e){var t=e.stack.trim().match(/\n( *(at )?)/);ge=t&&t[1]||``}return`
`+ge+e}var ve=!1;function ye(e,t){if(!e||ve)return``;ve=!0;var n=Error.prepareStackTrace;Error.prepareStackTrace=void 0;try{if(t){if(t=function(){throw Error()},Object.defineProperty(t.prototype,"props",{set:function(){throw Error()}}),typeof Reflect==`object`&&Reflect.construct){try{Reflect.construct(t,[])}catch(e){var r=e}Reflect.construct(e,[],t)}else{try{t.call()}catch(e){r=e}e.call(t.prototype)}}else{try{throw Error()}catch(e){r=e}e()}}catch(t){if(t&&r&&typeof t.stack==`string`){for(var i=t.stack.split(`
`),a=r.stack.split(`
`),o=i.length-1,s=a.length-1;1<=o&&0<=s&&i[o]!==a[s];)s--;for(;1<=o&&0<=s;o--,s--)if(i[o]!==a[s]){if(o!==1||s!==1)do if(o--,s--,0>s||i[o]!==a[s]){var c=`
`+i[o].replace(` at new `,` at `);return e.displayName&&c.includes(`<anonymous>`)&&(c=c.replace(`<anonymous>`,e.displayName)),c}while(1<=o&&0<=s);break}}}finally{ve=!1,Error.prepareStackTrace=n}return(e=e?e.displayName||e.name:``)?_e(e):``}function be(e){switch(e.tag){case 5:return _e(e.type);case 16:return _e(`Lazy`);case 13:return _e(`Suspense`);case 19:return _e(`SuspenseList`);case 0:case 2:case 15:return e=ye(e.type,!1),e;case 11:return e=ye(e.type.render,!1),e;case 1:return e=ye(e.type,!0),e;default:return``}}function xe(e){if(e==null)return null;if(typeof e==`function`)return e.displayName||e.name||null;if(typeof e==`string`)return e;switch(e){case ie:return`Fragment`;case re:return`Portal`;case oe:return`Profiler`;case ae:return`StrictMode`;case ue:return`Suspense`;case de:return`SuspenseList`}if(typeof e==`object`)switch(e.$$typeof){case ce:return(e.displayName||`Context`)+`.Consumer`;case se:return(e._context.displayName||`Context`)+`.Provider`;case le:var t=e.render;return e=e.displayName,e||=(e=t.displayName||t.name||``,e===``?`ForwardRef`:`ForwardRef(`+e+`)`),e;case S:return t=e.displayName||null,t===null?xe(e.type)||`Memo`:t;case fe:t=e._payload,e=e._init;try{return xe(e(t))}catch{}}return null}function Se(e){var t=e.type;switch(e.tag){case 24:return`Cache`;case 9:return(t.displayName||`Context`)+`.Consumer`;case 10:return(t._context.displayName||`Context`)+`.Provider`;case 18:return`DehydratedFragment`;case 11:return e=t.render,e=e.displayName||e.name||``,t.displayName||(e===``?`ForwardRef`:`ForwardRef(`+e+`)`);case 7:return`Fragment`;case 5:return t;case 4:return`Portal`;case 3:return`Root`;case 6:return`Text`;case 16:return xe(t);case 8:return t===ae?`StrictMode`:`Mode`;case 22:return`Offscreen`;case 12:return`Profiler`;case 21:return`Scope`;case 13:return`Suspense`;case 19:return`SuspenseList`;case 25:return`TracingMarker`;case 1:case 0:case 17:case 2:case 14:case 15:if(typeof t==`function`)return t.displayName||t.name||null;if(typeof t==`string`)return t}return null}function Ce(e){switch(typeof e){case`boolean`:case`number`:case`string`:case`undefined`:return e;case`object`:return e;default:return``}}function we(e){var t=e.type;return(e=e.nodeName)&&e.toLowerCase()===`input`&&(t===`checkbox`||t===`radio`)}function Te(e){var t=we(e)?`checked`:`value`,n=Object.getOwnPropertyDescriptor(e.constructor.prototype,t),r=``+e[t];if(!e.hasOwnProperty(t)&&n!==void 0&&typeof n.get==`function`&&typeof n.set==`function`){var i=n.get,a=n.set;return Object.defineProperty(e,t,{configurable:!0,get:function(){return i.call(this)},set:function(e){r=``+e,a.call(this,e)}}),Object.defineProperty(e,t,{enumerable:n.enumerable}),{getValue:function(){return r},setValue:function(e){r=``+e},stopTracking:function(){e._valueTracker=null,delete e[t]}}}}function Ee(e){e._valueTracker||=Te(e)}function De(e){if(!e)return!1;var t=e._valueTracker;if(!t)return!0;var n=t.getValue(),r=``;return e&&(r=we(e)?e.checked?`true`:`false`:e.value),e=r,e!==n&&(t.setValue(e),!0)}function Oe(e){if(e||=typeof document<`u`?document:void 0,e===void 0)return null;try{return e.activeElement||e.body}catch{return e.body}}function ke(e,t){var n=t.checked;return C({},t,{defaultChecked:void 0,defaultValue:void 0,value:void 0,checked:n??e._wrapperState.initialChecked})}function Ae(e,t){var n=t.defaultValue==null?``:t.defaultValue,r=t.checked==null?t.defaultChecked:t.checked;n=Ce(t.value==null?n:t.value),e._wrapperState={initialChecked:r,initialValue:n,controlled:t.type===`checkbox`||t.type===`radio`?t.checked!=null:t.value!=null}}function je(e,t){t=t.checked,t!=null&&te(e,`checked`,t,!1)}function Me(e,t){je(e,t);var n=Ce(t.value),r=t.type;if(n!=null)r===`number`?(n===0&&e.value===``||e.value!=n)&&(e.value=``+n):e.value!==``+n&&(e.value=``+n);else if(r===`submit`||r===`reset`){e.removeAttribute(`value`);return}t.hasOwnProperty(`value`)?Pe(e,t.type,n):t.hasOwnProperty(`defaultValue`)&&Pe(e,t.type,Ce(t.defaultValue)),t.checked==null&&t.defaultChecked!=null&&(e.defaultChecked=!!t.defaultChecked)}function Ne(e,t,n){if(t.hasOwnProperty(`value`)||t.hasOwnProperty(`defaultValue`)){var r=t.type;if(!(r!==`submit`&&r!==`reset`||t.value!==void 0&&t.value!==null))return;t=``+e._wrapperState.initialValue,n||t===e.value||(e.value=t),e.defaultValue=t}n=e.name,n!==``&&(e.name=``),e.defaultChecked=!!e._wrapperState.initialChecked,n!==``&&(e.name=n)}function Pe(e,t,n){(t!==`number`||Oe(e.ownerDocument)!==e)&&(n==null?e.defaultValue=``+e._wrapperState.initialValue:e.defaultValue!==``+n&&(e.defaultValue=``+n))}var Fe=Array.isArray;function Ie(e,t,n,r){if(e=e.options,t){t={};for(var i=0;i<n.length;i++)t[`$`+n[i]]=!0;for(n=0;n<e.length;n++)i=t.hasOwnProperty(`$`+e[n].value),e[n].selected!==i&&(e[n].selected=i),i&&r&&(e[n].defaultSelected=!0)}else{for(n=``+Ce(n),t=null,i=0;i<e.length;i++){if(e[i].value===n){e[i].selected=!0,r&&(e[i].defaultSelected=!0);return}t!==null||e[i].disabled||(t=e[i])}t!==null&&(t.selected=!0)}}function Le(e,t){if(t.dangerouslySetInnerHTML!=null)throw Error(r(91));return C({},t,{value:void 0,defaultValue:void 0,children:``+e._wrapperState.initialValue})}function Re(e,t){var n=t.value;if(n==null){if(n=t.children,t=t.defaultValue,n!=null){if(t!=null)throw Error(r(92));if(Fe(n)){if(1<n.length)throw Error(r(93));n=n[0]}t=n}t??=``,n=t}e._wrapperState={initialValue:Ce(n)}}function ze(e,t){var n=Ce(t.value),r=Ce(t.defaultValue);n!=null&&(n=``+n,n!==e.value&&(e.value=n),t.defaultValue==null&&e.defaultValue!==n&&(e.defaultValue=n)),r!=null&&(e.defaultValue=``+r)}function Be(e){var t=e.textContent;t===e._wrapperState.initialValue&&t!==``&&t!==null&&(e.value=t)}function Ve(e){switch(e){case`svg`:return`http://www.w3.org/2000/svg`;case`math`:return`http://www.w3.org/1998/Math/MathML`;default:return`http://www.w3.org/1999/xhtml`}}function He(e,t){return e==null||e===`http://www.w3.org/1999/xhtml`?Ve(t):e===`http://www.w3.org/2000/svg`&&t===`foreignObject`?`http://www.w3.org/1999/xhtml`:e}var Ue,We=function(e){return typeof MSApp<`u`&&MSApp.execUnsafeLocalFunction?function(t,n,r,i){MSApp.execUnsafeLocalFunction(function(){return e(t,n,r,i)})}:e}(function(e,t){if(e.namespaceURI!==`http://www.w3.org/2000/svg`||`innerHTML`in e)e.innerHTML=t;else{for(Ue||=document.createElement(`div`),Ue.innerHTML=`<svg>`+t.valueOf().toString()+`</svg>`,t=Ue.firstChild;e.firstChild;)e.removeChild(e.firstChild);for(;t.firstChild;)e.appendChild(t.firstChild)}});function Ge(e,t){if(t){var n=e.firstChild;if(n&&n===e.lastChild&&n.nodeType===3){n.nodeValue=t;return}}e.textContent=t}var Ke={animationIterationCount:!0,aspectRatio:!0,borderImageOutset:!0,borderImageSlice:!0,borderImageWidth:!0,boxFlex:!0,boxFlexGroup:!0,boxOrdinalGroup:!0,columnCount:!0,columns:!0,flex:!0,flexGrow:!0,flexPositive:!0,flexShrink:!0,flexNegative:!0,flexOrder:!0,gridArea:!0,gridRow:!0,gridRowEnd:!0,gridRowSpan:!0,gridRowStart:!0,gridColumn:!0,gridColumnEnd:!0,gridColumnSpan:!0,gridColumnStart:!0,fontWeight:!0,lineClamp:!0,lineHeight:!0,opacity:!0,order:!0,orphans:!0,tabSize:!0,widows:!0,zIndex:!0,zoom:!0,fillOpacity:!0,floodOpacity:!0,stopOpacity:!0,strokeDasharray:!0,strokeDashoffset:!0,strokeMiterlimit:!0,strokeOpacity:!0,strokeWidth:!0},qe=[`Webkit`,`ms`,`Moz`,`O`];Object.keys(Ke).forEach(function(e){qe.forEach(function(t){t=t+e.charAt(0).toUpperCase()+e.substring(1),Ke[t]=Ke[e]})});function Je(e,t,n){return t==null||typeof t==`boolean`||t===``?``:n||typeof t!=`number`||t===0||Ke.hasOwnProperty(e)&&Ke[e]?(``+t).trim():t+`px`}function Ye(e,t){for(var n in e=e.style,t)if(t.hasOwnProperty(n)){var r=n.indexOf(`--`)===0,i=Je(n,t[n],r);n===`float`&&(n=`cssFloat`),r?e.setProperty(n,i):e[n]=i}}var Xe=C({menuitem:!0},{area:!0,base:!0,br:!0,col:!0,embed:!0,hr:!0,img:!0,input:!0,keygen:!0,link:!0,meta:!0,param:!0,source:!0,track:!0,wbr:!0});function Ze(e,t){if(t){if(Xe[e]&&(t.children!=null||t.dangerouslySetInnerHTML!=null))throw Error(r(137,e));if(t.dangerouslySetInnerHTML!=null){if(t.children!=null)throw Error(r(60));if(typeof t.dangerouslySetInnerHTML!=`object`||!(`__html`in t.dangerouslySetInnerHTML))throw Error(r(61))}if(t.style!=null&&typeof t.style!=`object`)throw Error(r(62))}}function Qe(e,t){if(e.indexOf(`-`)===-1)return typeof t.is==`string`;switch(e){case`annotation-xml`:case`color-profile`:case`font-face`:case`font-face-src`:case`font-face-uri`:case`font-face-format`:case`font-face-name`:case`missing-glyph`:return!1;default:return!0}}var $e=null;function et(e){return e=e.target||e.srcElement||window,e.correspondingUseElement&&(e=e.correspondingUseElement),e.nodeType===3?e.parentNode:e}var tt=null,nt=null,rt=null;function it(e){if(e=Yi(e)){if(typeof tt!=`function`)throw Error(r(280));var t=e.stateNode;t&&(t=Zi(t),tt(e.stateNode,e.type,t))}}function at(e){nt?rt?rt.push(e):rt=[e]:nt=e}function ot(){if(nt){var e=nt,t=rt;if(rt=nt=null,it(e),t)for(e=0;e<t.length;e++)it(t[e])}}function st(e,t){return e(t)}function ct(){}var lt=!1;function ut(e,t,n){if(lt)return e(t,n);lt=!0;try{return st(e,t,n)}finally{lt=!1,(nt!==null||rt!==null)&&(ct(),ot())}}function dt(e,t){var n=e.stateNode;if(n===null)return null;var i=Zi(n);if(i===null)return null;n=i[t];a:switch(t){case`onClick`:case`onClickCapture`:case`onDoubleClick`:case`onDoubleClickCapture`:case`onMouseDown`:case`onMouseDownCapture`:case`onMouseMove`:case`onMouseMoveCapture`:case`onMouseUp`:case`onMouseUpCapture`:case`onMouseEnter`:(i=!i.disabled)||(e=e.type,i=e!==`button`&&e!==`input`&&e!==`select`&&e!==`textarea`),e=!i;break a;default:e=!1}if(e)return null;if(n&&typeof n!=`function`)throw Error(r(231,t,typeof n));return n}var ft=!1;if(c)try{var pt={};Object.defineProperty(pt,"passive",{get:function(){ft=!0}}),window.addEventListener(`test`,pt,pt),window.removeEventListener(`test`,pt,pt)}catch{ft=!1}function mt(e,t,n,r,i,a,o,s,c){var l=Array.prototype.slice.call(arguments,3);try{t.apply(n,l)}catch(e){this.onError(e)}}var ht=!1,gt=null,_t=!1,vt=null,yt={onError:function(e){ht=!0,gt=e}};function bt(e,t,n,r,i,a,o,s,c){ht=!1,gt=null,mt.apply(yt,arguments)}function xt(e,t,n,i,a,o,s,c,l){if(bt.apply(this,arguments),ht){if(ht){var u=gt;ht=!1,gt=null}else throw Error(r(198));_t||(_t=!0,vt=u)}}function St(e){var t=e,n=e;if(e.alternate)for(;t.return;)t=t.return;else{e=t;do t=e,t.flags&4098&&(n=t.return),e=t.return;while(e)}return t.tag===3?n:null}function Ct(e){if(e.tag===13){var t=e.memoizedState;if(t===null&&(e=e.alternate,e!==null&&(t=e.memoizedState)),t!==null)return t.dehydrated}return null}function wt(e){if(St(e)!==e)throw Error(r(188))}function w(e){var t=e.alternate;if(!t){if(t=St(e),t===null)throw Error(r(188));return t===e?e:null}for(var n=e,i=t;;){var a=n.return;if(a===null)break;var o=a.alternate;if(o===null){if(i=a.return,i!==null){n=i;continue}break}if(a.child===o.child){for(o=a.child;o;){if(o===n)return wt(a),e;if(o===i)return wt(a),t;o=o.sibling}throw Error(r(188))}if(n.return!==i.return)n=a,i=o;else{for(var s=!1,c=a.child;c;){if(c===n){s=!0,n=a,i=o;break}if(c===i){s=!0,i=a,n=o;break}c=c.sibling}if(!s){for(c=o.child;c;){if(c===n){s=!0,n=o,i=a;break}if(c===i){s=!0,i=o,n=a;break}c=c.sibling}if(!s)throw Error(r(189))}}if(n.alternate!==i)throw Error(r(190))}if(n.tag!==3)throw Error(r(188));return n.stateNode.current===n?e:t}function Tt(e){return e=w(e),e===null?null:T(e)}function T(e){if(e.tag===5||e.tag===6)return e;for(e=e.child;e!==null;){var t=T(e);if(t!==null)return t;e=e.sibling}return null}var Et=n.unstable_scheduleCallback,Dt=n.unstable_cancelCallback,Ot=n.unstable_shouldYield,kt=n.unstable_requestPaint,E=n.unstable_now,At=n.unstable_getCurrentPriorityLevel,jt=n.unstable_ImmediatePriority,Mt=n.unstable_UserBlockingPriority,Nt=n.unstable_NormalPriority,Pt=n.unstable_LowPriority,Ft=n.unstable_IdlePriority,It=null,Lt=null;function Rt(e){if(Lt&&typeof Lt.onCommitFiberRoot==`function`)try{Lt.onCommitFiberRoot(It,e,void 0,(e.current.flags&128)==128)}catch{}}var zt=Math.clz32?Math.clz32:Ht,Bt=Math.log,Vt=Math.LN2;function Ht(e){return e>>>=0,e===0?32:31-(Bt(e)/Vt|0)|0}var Ut=64,Wt=4194304;function D(e){switch(e&-e){case 1:return 1;case 2:return 2;case 4:return 4;case 8:return 8;case 16:return 16;case 32:return 32;case 64:case 128:case 256:case 512:case 1024:case 2048:case 4096:case 8192:case 16384:case 32768:case 65536:case 131072:case 262144:case 524288:case 1048576:case 2097152:return e&4194240;case 4194304:case 8388608:case 16777216:case 33554432:case 67108864:return e&130023424;case 134217728:return 134217728;case 268435456:return 268435456;case 536870912:return 536870912;case 1073741824:return 1073741824;default:return e}}function Gt(e,t){var n=e.pendingLanes;if(n===0)return 0;var r=0,i=e.suspendedLanes,a=e.pingedLanes,o=n&268435455;if(o!==0){var s=o&~i;s===0?(a&=o,a!==0&&(r=D(a))):r=D(s)}else o=n&~i,o===0?a!==0&&(r=D(a)):r=D(o);if(r===0)return 0;if(t!==0&&t!==r&&(t&i)===0&&(i=r&-r,a=t&-t,i>=a||i===16&&a&4194240))return t;if(r&4&&(r|=n&16),t=e.entangledLanes,t!==0)for(e=e.entanglements,t&=r;0<t;)n=31-zt(t),i=1<<n,r|=e[n],t&=~i;return r}function Kt(e,t){switch(e){case 1:case 2:case 4:return t+250;case 8:case 16:case 32:case 64:case 128:case 256:case 512:case 1024:case 2048:case 4096:case 8192:case 16384:case 32768:case 65536:case 131072:case 262144:case 524288:case 1048576:case 2097152:return t+5e3;case 4194304:case 8388608:case 16777216:case 33554432:case 67108864:return-1;case 134217728:case 268435456:case 536870912:case 1073741824:return-1;default:return-1}}function qt(e,t){for(var n=e.suspendedLanes,r=e.pingedLanes,i=e.expirationTimes,a=e.pendingLanes;0<a;){var o=31-zt(a),s=1<<o,c=i[o];c===-1?((s&n)===0||(s&r)!==0)&&(i[o]=Kt(s,t)):c<=t&&(e.expiredLanes|=s),a&=~s}}function Jt(e){return e=e.pendingLanes&-1073741825,e===0?e&1073741824?1073741824:0:e}function O(){var e=Ut;return Ut<<=1,!(Ut&4194240)&&(Ut=64),e}function Yt(e){for(var t=[],n=0;31>n;n++)t.push(e);return t}function Xt(e,t,n){e.pendingLanes|=t,t!==536870912&&(e.suspendedLanes=0,e.pingedLanes=0),e=e.eventTimes,t=31-zt(t),e[t]=n}function Zt(e,t){var n=e.pendingLanes&~t;e.pendingLanes=t,e.suspendedLanes=0,e.pingedLanes=0,e.expiredLanes&=t,e.mutableReadLanes&=t,e.entangledLanes&=t,t=e.entanglements;var r=e.eventTimes;for(e=e.expirationTimes;0<n;){var i=31-zt(n),a=1<<i;t[i]=0,r[i]=-1,e[i]=-1,n&=~a}}function Qt(e,t){var n=e.entangledLanes|=t;for(e=e.entanglements;n;){var r=31-zt(n),i=1<<r;i&t|e[r]&t&&(e[r]|=t),n&=~i}}var k=0;function $t(e){return e&=-e,1<e?4<e?e&268435455?16:536870912:4:1}var en,tn,nn,rn,an,on=!1,sn=[],cn=null,ln=null,un=null,dn=new Map,fn=new Map,pn=[],mn=`mousedown mouseup touchcancel touchend touchstart auxclick dblclick pointercancel pointerdown pointerup dragend dragstart drop compositionend compositionstart keydown keypress keyup input textInput copy cut paste click change contextmenu reset submit`.split(` `);function hn(e,t){switch(e){case`focusin`:case`focusout`:cn=null;break;case`dragenter`:case`dragleave`:ln=null;break;case`mouseover`:case`mouseout`:un=null;break;case`pointerover`:case`pointerout`:dn.delete(t.pointerId);break;case`gotpointercapture`:case`lostpointercapture`:fn.delete(t.pointerId)}}function gn(e,t,n,r,i,a){return e===null||e.nativeEvent!==a?(e={blockedOn:t,domEventName:n,eventSystemFlags:r,nativeEvent:a,targetContainers:[i]},t!==null&&(t=Yi(t),t!==null&&tn(t)),e):(e.eventSystemFlags|=r,t=e.targetContainers,i!==null&&t.indexOf(i)===-1&&t.push(i),e)}function _n(e,t,n,r,i){switch(t){case`focusin`:return cn=gn(cn,e,t,n,r,i),!0;case`dragenter`:return ln=gn(ln,e,t,n,r,i),!0;case`mouseover`:return un=gn(un,e,t,n,r,i),!0;case`pointerover`:var a=i.pointerId;return dn.set(a,gn(dn.get(a)||null,e,t,n,r,i)),!0;case`gotpointercapture`:return a=i.pointerId,fn.set(a,gn(fn.get(a)||null,e,t,n,r,i)),!0}return!1}function vn(e){var t=Ji(e.target);if(t!==null){var n=St(t);if(n!==null){if(t=n.tag,t===13){if(t=Ct(n),t!==null){e.blockedOn=t,an(e.priority,function(){nn(n)});return}}else if(t===3&&n.stateNode.current.memoizedState.isDehydrated){e.blockedOn=n.tag===3?n.stateNode.containerInfo:null;return}}}e.blockedOn=null}function yn(e){if(e.blockedOn!==null)return!1;for(var t=e.targetContainers;0<t.length;){var n=An(e.domEventName,e.eventSystemFlags,t[0],e.nativeEvent);if(n===null){n=e.nativeEvent;var r=new n.constructor(n.type,n);$e=r,n.target.dispatchEvent(r),$e=null}else return t=Yi(n),t!==null&&tn(t),e.blockedOn=n,!1;t.shift()}return!0}function bn(e,t,n){yn(e)&&n.delete(t)}function xn(){on=!1,cn!==null&&yn(cn)&&(cn=null),ln!==null&&yn(ln)&&(ln=null),un!==null&&yn(un)&&(un=null),dn.forEach(bn),fn.forEach(bn)}function Sn(e,t){e.blockedOn===t&&(e.blockedOn=null,on||(on=!0,n.unstable_scheduleCallback(n.unstable_NormalPriority,xn)))}function Cn(e){function t(t){return Sn(t,e)}if(0<sn.length){Sn(sn[0],e);for(var n=1;n<sn.length;n++){var r=sn[n];r.blockedOn===e&&(r.blockedOn=null)}}for(cn!==null&&Sn(cn,e),ln!==null&&Sn(ln,e),un!==null&&Sn(un,e),dn.forEach(t),fn.forEach(t),n=0;n<pn.length;n++)r=pn[n],r.blockedOn===e&&(r.blockedOn=null);for(;0<pn.length&&(n=pn[0],n.blockedOn===null);)vn(n),n.blockedOn===null&&pn.shift()}var wn=x.ReactCurrentBatchConfig,Tn=!0;function En(e,t,n,r){var i=k,a=wn.transition;wn.transition=null;try{k=1,On(e,t,n,r)}finally{k=i,wn.transition=a}}function Dn(e,t,n,r){var i=k,a=wn.transition;wn.transition=null;try{k=4,On(e,t,n,r)}finally{k=i,wn.transition=a}}function On(e,t,n,r){if(Tn){var i=An(e,t,n,r);if(i===null)bi(e,t,r,kn,n),hn(e,r);else if(_n(i,e,t,n,r))r.stopPropagation();else if(hn(e,r),t&4&&-1<mn.indexOf(e)){for(;i!==null;){var a=Yi(i);if(a!==null&&en(a),a=An(e,t,n,r),a===null&&bi(e,t,r,kn,n),a===i)break;i=a}i!==null&&r.stopPropagation()}else bi(e,t,r,null,n)}}var kn=null;function An(e,t,n,r){if(kn=null,e=et(r),e=Ji(e),e!==null){if(t=St(e),t===null)e=null;else if(n=t.tag,n===13){if(e=Ct(t),e!==null)return e;e=null}else if(n===3){if(t.stateNode.current.memoizedState.isDehydrated)return t.tag===3?t.stateNode.containerInfo:null;e=null}else t!==e&&(e=null)}return kn=e,null}function jn(e){switch(e){case`cancel`:case`click`:case`close`:case`contextmenu`:case`copy`:case`cut`:case`auxclick`:case`dblclick`:case`dragend`:case`dragstart`:case`drop`:case`focusin`:case`focusout`:case`input`:case`invalid`:case`keydown`:case`keypress`:case`keyup`:case`mousedown`:case`mouseup`:case`paste`:case`pause`:case`play`:case`pointercancel`:case`pointerdown`:case`pointerup`:case`ratechange`:case`reset`:case`resize`:case`seeked`:case`submit`:case`touchcancel`:case`touchend`:case`touchstart`:case`volumechange`:case`change`:case`selectionchange`:case`textInput`:case`compositionstart`:case`compositionend`:case`compositionupdate`:case`beforeblur`:case`afterblur`:case`beforeinput`:case`blur`:case`fullscreenchange`:case`focus`:case`hashchange`:case`popstate`:case`select`:case`selectstart`:return 1;case`drag`:case`dragenter`:case`dragexit`:case`dragleave`:case`dragover`:case`mousemove`:case`mouseout`:case`mouseover`:case`pointermove`:case`pointerout`:case`pointerover`:case`scroll`:case`toggle`:case`touchmove`:case`wheel`:case`mouseenter`:case`mouseleave`:case`pointerenter`:case`pointerleave`:return 4;case`message`:switch(At()){case jt:return 1;case Mt:return 4;case Nt:case Pt:return 16;case Ft:return 536870912;default:return 16}default:return 16}}var Mn=null,Nn=null,A=null;function Pn(){if(A)return A;var e,t=Nn,n=t.length,r,i=`value`in Mn?Mn.value:Mn.textContent,a=i.length;for(e=0;e<n&&t[e]===i[e];e++);var o=n-e;for(r=1;r<=o&&t[n-r]===i[a-r];r++);return A=i.slice(e,1<r?1-r:void 0)}function Fn(e){var t=e.keyCode;return`charCode`in e?(e=e.charCode,e===0&&t===13&&(e=13)):e=t,e===10&&(e=13),32<=e||e===13?e:0}function In(){return!0}function Ln(){return!1}function j(e){function t(t,n,r,i,a){for(var o in this._reactName=t,this._targetInst=r,this.type=n,this.nativeEvent=i,this.target=a,this.currentTarget=null,e)e.hasOwnProperty(o)&&(t=e[o],this[o]=t?t(i):i[o]);return this.isDefaultPrevented=(i.defaultPrevented==null?!1===i.returnValue:i.defaultPrevented)?In:Ln,this.isPropagationStopped=Ln,this}return C(t.prototype,{preventDefault:function(){this.defaultPrevented=!0;var e=this.nativeEvent;e&&(e.preventDefault?e.preventDefault():typeof e.returnValue!=`unknown`&&(e.returnValue=!1),this.isDefaultPrevented=In)},stopPropagation:function(){var e=this.nativeEvent;e&&(e.stopPropagation?e.stopPropagation():typeof e.cancelBubble!=`unknown`&&(e.cancelBubble=!0),this.isPropagationStopped=In)},persist:function(){},isPersistent:In}),t}var Rn={eventPhase:0,bubbles:0,cancelable:0,timeStamp:function(e){return e.timeStamp||Date.now()},defaultPrevented:0,isTrusted:0},zn=j(Rn),Bn=C({},Rn,{view:0,detail:0}),Vn=j(Bn),Hn,Un,Wn,Gn=C({},Bn,{screenX:0,screenY:0,clientX:0,clientY:0,pageX:0,pageY:0,ctrlKey:0,shiftKey:0,altKey:0,metaKey:0,getModifierState:nr,button:0,buttons:0,relatedTarget:function(e){return e.relatedTarget===void 0?e.fromElement===e.srcElement?e.toElement:e.fromElement:e.relatedTarget},movementX:function(e){return`movementX`in e?e.movementX:(e!==Wn&&(Wn&&e.type===`mousemove`?(Hn=e.screenX-Wn.screenX,Un=e.screenY-Wn.screenY):Un=Hn=0,Wn=e),Hn)},movementY:function(e){return`movementY`in e?e.movementY:Un}}),Kn=j(Gn),qn=j(C({},Gn,{dataTransfer:0})),Jn=j(C({},Bn,{relatedTarget:0})),Yn=j(C({},Rn,{animationName:0,elapsedTime:0,pseudoElement:0})),Xn=j(C({},Rn,{clipboardData:function(e){return`clipboardData`in e?e.clipboardData:window.clipboardData}})),Zn=j(C({},Rn,{data:0})),Qn={Esc:`Escape`,Spacebar:` `,Left:`ArrowLeft`,Up:`ArrowUp`,Right:`ArrowRight`,Down:`ArrowDown`,Del:`Delete`,Win:`OS`,Menu:`ContextMenu`,Apps:`ContextMenu`,Scroll:`ScrollLock`,MozPrintableKey:`Unidentified`},$n={8:`Backspace`,9:`Tab`,12:`Clear`,13:`Enter`,16:`Shift`,17:`Control`,18:`Alt`,19:`Pause`,20:`CapsLock`,27:`Escape`,32:` `,33:`PageUp`,34:`PageDown`,35:`End`,36:`Home`,37:`ArrowLeft`,38:`ArrowUp`,39:`ArrowRight`,40:`ArrowDown`,45:`Insert`,46:`Delete`,112:`F1`,113:`F2`,114:`F3`,115:`F4`,116:`F5`,117:`F6`,118:`F7`,119:`F8`,120:`F9`,121:`F10`,122:`F11`,123:`F12`,144:`NumLock`,145:`ScrollLock`,224:`Meta`},er={Alt:`altKey`,Control:`ctrlKey`,Meta:`metaKey`,Shift:`shiftKey`};function tr(e){var t=this.nativeEvent;return t.getModifierState?t.getModifierState(e):(e=er[e])?!!t[e]:!1}function nr(){return tr}var rr=j(C({},Bn,{key:function(e){if(e.key){var t=Qn[e.key]||e.key;if(t!==`Unidentified`)return t}return e.type===`keypress`?(e=Fn(e),e===13?`Enter`:String.fromCharCode(e)):e.type===`keydown`||e.type===`keyup`?$n[e.keyCode]||`Unidentified`:``},code:0,location:0,ctrlKey:0,shiftKey:0,altKey:0,metaKey:0,repeat:0,locale:0,getModifierState:nr,charCode:function(e){return e.type===`keypress`?Fn(e):0},keyCode:function(e){return e.type===`keydown`||e.type===`keyup`?e.keyCode:0},which:function(e){return e.type===`keypress`?Fn(e):e.type===`keydown`||e.type===`keyup`?e.keyCode:0}})),ir=j(C({},Gn,{pointerId:0,width:0,height:0,pressure:0,tangentialPressure:0,tiltX:0,tiltY:0,twist:0,pointerType:0,isPrimary:0})),ar=j(C({},Bn,{touches:0,targetTouches:0,changedTouches:0,altKey:0,metaKey:0,ctrlKey:0,shiftKey:0,getModifierState:nr})),or=j(C({},Rn,{propertyName:0,elapsedTime:0,pseudoElement:0})),sr=j(C({},Gn,{deltaX:function(e){return`deltaX`in e?e.deltaX:`wheelDeltaX`in e?-e.wheelDeltaX:0},deltaY:function(e){return`deltaY`in e?e.deltaY:`wheelDeltaY`in e?-e.wheelDeltaY:`wheelDelta`in e?-e.wheelDelta:0},deltaZ:0,deltaMode:0})),cr=[9,13,27,32],lr=c&&`CompositionEvent`in window,ur=null;c&&`documentMode`in document&&(ur=document.documentMode);var dr=c&&`TextEvent`in window&&!ur,fr=c&&(!lr||ur&&8<ur&&11>=ur),pr=` `,mr=!1;function hr(e,t){switch(e){case`keyup`:return cr.indexOf(t.keyCode)!==-1;case`keydown`:return t.keyCode!==229;case`keypress`:case`mousedown`:case`focusout`:return!0;default:return!1}}function gr(e){return e=e.detail,typeof e==`object`&&`data`in e?e.data:null}var _r=!1;function vr(e,t){switch(e){case`compositionend`:return gr(t);case`keypress`:return t.which===32?(mr=!0,pr):null;case`textInput`:return e=t.data,e===pr&&mr?null:e;default:return null}}function yr(e,t){if(_r)return e===`compositionend`||!lr&&hr(e,t)?(e=Pn(),A=Nn=Mn=null,_r=!1,e):null;switch(e){case`paste`:return null;case`keypress`:if(!(t.ctrlKey||t.altKey||t.metaKey)||t.ctrlKey&&t.altKey){if(t.char&&1<t.char.length)return t.char;if(t.which)return String.fromCharCode(t.which)}return null;case`compositionend`:return fr&&t.locale!==`ko`?null:t.data;default:return null}}var br={color:!0,date:!0,datetime:!0,"datetime-local":!0,email:!0,month:!0,number:!0,password:!0,range:!0,search:!0,tel:!0,text:!0,time:!0,url:!0,week:!0};function xr(e){var t=e&&e.nodeName&&e.nodeName.toLowerCase();return t===`input`?!!br[e.type]:t===`textarea`}function Sr(e,t,n,r){at(r),t=Si(t,`onChange`),0<t.length&&(n=new zn(`onChange`,`change`,null,n,r),e.push({event:n,listeners:t}))}var Cr=null,wr=null;function Tr(e){hi(e,0)}function Er(e){if(De(Xi(e)))return e}function Dr(e,t){if(e===`change`)return t}var Or=!1;if(c){var kr;if(c){var Ar=`oninput`in document;if(!Ar){var jr=document.createElement(`div`);jr.setAttribute(`oninput`,`return;`),Ar=typeof jr.oninput==`function`}kr=Ar}else kr=!1;Or=kr&&(!document.documentMode||9<document.documentMode)}function Mr(){Cr&&(Cr.detachEvent(`onpropertychange`,Nr),wr=Cr=null)}function Nr(e){if(e.propertyName===`value`&&Er(wr)){var t=[];Sr(t,wr,e,et(e)),ut(Tr,t)}}function Pr(e,t,n){e===`focusin`?(Mr(),Cr=t,wr=n,Cr.attachEvent(`onpropertychange`,Nr)):e===`focusout`&&Mr()}function Fr(e){if(e===`selectionchange`||e===`keyup`||e===`keydown`)return Er(wr)}function Ir(e,t){if(e===`click`)return Er(t)}function Lr(e,t){if(e===`input`||e===`change`)return Er(t)}function Rr(e,t){return e===t&&(e!==0||1/e==1/t)||e!==e&&t!==t}var zr=typeof Object.is==`function`?Object.is:Rr;function Br(e,t){if(zr(e,t))return!0;if(typeof e!=`object`||!e||typeof t!=`object`||!t)return!1;var n=Object.keys(e),r=Object.keys(t);if(n.length!==r.length)return!1;for(r=0;r<n.length;r++){var i=n[r];if(!l.call(t,i)||!zr(e[i],t[i]))return!1}return!0}function Vr(e){for(;e&&e.firstChild;)e=e.firstChild;return e}function Hr(e,t){var n=Vr(e);e=0;for(var r;n;){if(n.nodeType===3){if(r=e+n.textContent.length,e<=t&&r>=t)return{node:n,offset:t-e};e=r}a:{for(;n;){if(n.nextSibling){n=n.nextSibling;break a}n=n.parentNode}n=void 0}n=Vr(n)}}function Ur(e,t){return e&&t?e===t?!0:e&&e.nodeType===3?!1:t&&t.nodeType===3?Ur(e,t.parentNode):`contains`in e?e.contains(t):e.compareDocumentPosition?!!(e.compareDocumentPosition(t)&16):!1:!1}function Wr(){for(var e=window,t=Oe();t instanceof e.HTMLIFrameElement;){try{var n=typeof t.contentWindow.location.href==`string`}catch{n=!1}if(n)e=t.contentWindow;else break;t=Oe(e.document)}return t}function Gr(e){var t=e&&e.nodeName&&e.nodeName.toLowerCase();return t&&(t===`input`&&(e.type===`text`||e.type===`search`||e.type===`tel`||e.type===`url`||e.type===`password`)||t===`textarea`||e.contentEditable===`true`)}function Kr(e){var t=Wr(),n=e.focusedElem,r=e.selectionRange;if(t!==n&&n&&n.ownerDocument&&Ur(n.ownerDocument.documentElement,n)){if(r!==null&&Gr(n)){if(t=r.start,e=r.end,e===void 0&&(e=t),`selectionStart`in n)n.selectionStart=t,n.selectionEnd=Math.min(e,n.value.length);else if(e=(t=n.ownerDocument||document)&&t.defaultView||window,e.getSelection){e=e.getSelection();var i=n.textContent.length,a=Math.min(r.start,i);r=r.end===void 0?a:Math.min(r.end,i),!e.extend&&a>r&&(i=r,r=a,a=i),i=Hr(n,a);var o=Hr(n,r);i&&o&&(e.rangeCount!==1||e.anchorNode!==i.node||e.anchorOffset!==i.offset||e.focusNode!==o.node||e.focusOffset!==o.offset)&&(t=t.createRange(),t.setStart(i.node,i.offset),e.removeAllRanges(),a>r?(e.addRange(t),e.extend(o.node,o.offset)):(t.setEnd(o.node,o.offset),e.addRange(t)))}}for(t=[],e=n;e=e.parentNode;)e.nodeType===1&&t.push({element:e,left:e.scrollLeft,top:e.scrollTop});for(typeof n.focus==`function`&&n.focus(),n=0;n<t.length;n++)e=t[n],e.element.scrollLeft=e.left,e.element.scrollTop=e.top}}var qr=c&&`documentMode`in document&&11>=document.documentMode,Jr=null,Yr=null,Xr=null,Zr=!1;function Qr(e,t,n){var r=n.window===n?n.document:n.nodeType===9?n:n.ownerDocument;Zr||Jr==null||Jr!==Oe(r)||(r=Jr,`selectionStart`in r&&Gr(r)?r={start:r.selectionStart,end:r.selectionEnd}:(r=(r.ownerDocument&&r.ownerDocument.defaultView||window).getSelection(),r={anchorNode:r.anchorNode,anchorOffset:r.anchorOffset,focusNode:r.focusNode,focusOffset:r.focusOffset}),Xr&&Br(Xr,r)||(Xr=r,r=Si(Yr,`onSelect`),0<r.length&&(t=new zn(`onSelect`,`select`,null,t,n),e.push({event:t,listeners:r}),t.target=Jr)))}function $r(e,t){var n={};return n[e.toLowerCase()]=t.toLowerCase(),n[`Webkit`+e]=`webkit`+t,n[`Moz`+e]=`moz`+t,n}var ei={animationend:$r(`Animation`,`AnimationEnd`),animationiteration:$r(`Animation`,`AnimationIteration`),animationstart:$r(`Animation`,`AnimationStart`),transitionend:$r(`Transition`,`TransitionEnd`)},ti={},M={};c&&(M=document.createElement(`div`).style,`AnimationEvent`in window||(delete ei.animationend.animation,delete ei.animationiteration.animation,delete ei.animationstart.animation),`TransitionEvent`in window||delete ei.transitionend.transition);function ni(e){if(ti[e])return ti[e];if(!ei[e])return e;var t=ei[e],n;for(n in t)if(t.hasOwnProperty(n)&&n in M)return ti[e]=t[n];return e}var ri=ni(`animationend`),ii=ni(`animationiteration`),ai=ni(`animationstart`),oi=ni(`transitionend`),si=new Map,ci=`abort auxClick cancel canPlay canPlayThrough click close contextMenu copy cut drag dragEnd dragEnter dragExit dragLeave dragOver dragStart drop durationChange emptied encrypted ended error gotPointerCapture input invalid keyDown keyPress keyUp load loadedData loadedMetadata loadStart lostPointerCapture mouseDown mouseMove mouseOut mouseOver mouseUp paste pause play playing pointerCancel pointerDown pointerMove pointerOut pointerOver pointerUp progress rateChange reset resize seeked seeking stalled submit suspend timeUpdate touchCancel touchEnd touchStart volumeChange scroll toggle touchMove waiting wheel`.split(` `);function li(e,t){si.set(e,t),o(t,[e])}for(var ui=0;ui<ci.length;ui++){var di=ci[ui];li(di.toLowerCase(),`on`+(di[0].toUpperCase()+di.slice(1)))}li(ri,`onAnimationEnd`),li(ii,`onAnimationIteration`),li(ai,`onAnimationStart`),li(`dblclick`,`onDoubleClick`),li(`focusin`,`onFocus`),li(`focusout`,`onBlur`),li(oi,`onTransitionEnd`),s(`onMouseEnter`,[`mouseout`,`mouseover`]),s(`onMouseLeave`,[`mouseout`,`mouseover`]),s(`onPointerEnter`,[`pointerout`,`pointerover`]),s(`onPointerLeave`,[`pointerout`,`pointerover`]),o(`onChange`,`change click focusin focusout input keydown keyup selectionchange`.split(` `)),o(`onSelect`,`focusout contextmenu dragend focusin keydown keyup mousedown mouseup selectionchange`.split(` `)),o(`onBeforeInput`,[`compositionend`,`keypress`,`textInput`,`paste`]),o(`onCompositionEnd`,`compositionend focusout keydown keypress keyup mousedown`.split(` `)),o(`onCompositionStart`,`compositionstart focusout keydown keypress keyup mousedown`.split(` `)),o(`onCompositionUpdate`,`compositionupdate focusout keydown keypress keyup mousedown`.split(` `));var fi=`abort canplay canplaythrough durationchange emptied encrypted ended error loadeddata loadedmetadata loadstart pause play playing progress ratechange resize seeked seeking stalled suspend timeupdate volumechange waiting`.split(` `),pi=new Set(`cancel close invalid load scroll toggle`.split(` `).concat(fi));function mi(e,t,n){var r=e.type||`unknown-event`;e.currentTarget=n,xt(r,t,void 0,e),e.currentTarget=null}function hi(e,t){t=!!(t&4);for(var n=0;n<e.length;n++){var r=e[n],i=r.event;r=r.listeners;a:{var a=void 0;if(t)for(var o=r.length-1;0<=o;o--){var s=r[o],c=s.instance,l=s.currentTarget;if(s=s.listener,c!==a&&i.isPropagationStopped())break a;mi(i,s,l),a=c}else for(o=0;o<r.length;o++){if(s=r[o],c=s.instance,l=s.currentTarget,s=s.listener,c!==a&&i.isPropagationStopped())break a;mi(i,s,l),a=c}}}if(_t)throw e=vt,_t=!1,vt=null,e}function N(e,t){var n=t[Gi];n===void 0&&(n=t[Gi]=new Set);var r=e+`__bubble`;n.has(r)||(yi(t,e,2,!1),n.add(r))}function gi(e,t,n){var r=0;t&&(r|=4),yi(n,e,r,t)}var _i=`_reactListening`+Math.random().toString(36).slice(2);function vi(e){if(!e[_i]){e[_i]=!0,i.forEach(function(t){t!==`selectionchange`&&(pi.has(t)||gi(t,!1,e),gi(t,!0,e))});var t=e.nodeType===9?e:e.ownerDocument;t===null||t[_i]||(t[_i]=!0,gi(`selectionchange`,!1,t))}}function yi(e,t,n,r){switch(jn(t)){case 1:var i=En;break;case 4:i=Dn;break;default:i=On}n=i.bind(null,t,n,e),i=void 0,!ft||t!==`touchstart`&&t!==`touchmove`&&t!==`wheel`||(i=!0),r?i===void 0?e.addEventListener(t,n,!0):e.addEventListener(t,n,{capture:!0,passive:i}):i===void 0?e.addEventListener(t,n,!1):e.addEventListener(t,n,{passive:i})}function bi(e,t,n,r,i){var a=r;if(!(t&1)&&!(t&2)&&r!==null)a:for(;;){if(r===null)return;var o=r.tag;if(o===3||o===4){var s=r.stateNode.containerInfo;if(s===i||s.nodeType===8&&s.parentNode===i)break;if(o===4)for(o=r.return;o!==null;){var c=o.tag;if((c===3||c===4)&&(c=o.stateNode.containerInfo,c===i||c.nodeType===8&&c.parentNode===i))return;o=o.return}for(;s!==null;){if(o=Ji(s),o===null)return;if(c=o.tag,c===5||c===6){r=a=o;continue a}s=s.parentNode}}r=r.return}ut(function(){var r=a,i=et(n),o=[];a:{var s=si.get(e);if(s!==void 0){var c=zn,l=e;switch(e){case`keypress`:if(Fn(n)===0)break a;case`keydown`:case`keyup`:c=rr;break;case`focusin`:l=`focus`,c=Jn;break;case`focusout`:l=`blur`,c=Jn;break;case`beforeblur`:case`afterblur`:c=Jn;break;case`click`:if(n.button===2)break a;case`auxclick`:case`dblclick`:case`mousedown`:case`mousemove`:case`mouseup`:case`mouseout`:case`mouseover`:case`contextmenu`:c=Kn;break;case`drag`:case`dragend`:case`dragenter`:case`dragexit`:case`dragleave`:case`dragover`:case`dragstart`:case`drop`:c=qn;break;case`touchcancel`:case`touchend`:case`touchmove`:case`touchstart`:c=ar;break;case ri:case ii:case ai:c=Yn;break;case oi:c=or;break;case`scroll`:c=Vn;break;case`wheel`:c=sr;break;case`copy`:case`cut`:case`paste`:c=Xn;break;case`gotpointercapture`:case`lostpointercapture`:case`pointercancel`:case`pointerdown`:case`pointermove`:case`pointerout`:case`pointerover`:case`pointerup`:c=ir}var u=!!(t&4),d=!u&&e===`scroll`,f=u?s===null?null:s+`Capture`:s;u=[];for(var p=r,m;p!==null;){m=p;var h=m.stateNode;if(m.tag===5&&h!==null&&(m=h,f!==null&&(h=dt(p,f),h!=null&&u.push(xi(p,h,m)))),d)break;p=p.return}0<u.length&&(s=new c(s,l,null,n,i),o.push({event:s,listeners:u}))}}if(!(t&7)){a:{if(s=e===`mouseover`||e===`pointerover`,c=e===`mouseout`||e===`pointerout`,s&&n!==$e&&(l=n.relatedTarget||n.fromElement)&&(Ji(l)||l[Wi]))break a;if((c||s)&&(s=i.window===i?i:(s=i.ownerDocument)?s.defaultView||s.parentWindow:window,c?(l=n.relatedTarget||n.toElement,c=r,l=l?Ji(l):null,l!==null&&(d=St(l),l!==d||l.tag!==5&&l.tag!==6)&&(l=null)):(c=null,l=r),c!==l)){if(u=Kn,h=`onMouseLeave`,f=`onMouseEnter`,p=`mouse`,(e===`pointerout`||e===`pointerover`)&&(u=ir,h=`onPointerLeave`,f=`onPointerEnter`,p=`pointer`),d=c==null?s:Xi(c),m=l==null?s:Xi(l),s=new u(h,p+`leave`,c,n,i),s.target=d,s.relatedTarget=m,h=null,Ji(i)===r&&(u=new u(f,p+`enter`,l,n,i),u.target=m,u.relatedTarget=d,h=u),d=h,c&&l)b:{for(u=c,f=l,p=0,m=u;m;m=Ci(m))p++;for(m=0,h=f;h;h=Ci(h))m++;for(;0<p-m;)u=Ci(u),p--;for(;0<m-p;)f=Ci(f),m--;for(;p--;){if(u===f||f!==null&&u===f.alternate)break b;u=Ci(u),f=Ci(f)}u=null}else u=null;c!==null&&wi(o,s,c,u,!1),l!==null&&d!==null&&wi(o,d,l,u,!0)}}a:{if(s=r?Xi(r):window,c=s.nodeName&&s.nodeName.toLowerCase(),c===`select`||c===`input`&&s.type===`file`)var g=Dr;else if(xr(s)){if(Or)g=Lr;else{g=Fr;var _=Pr}}else(c=s.nodeName)&&c.toLowerCase()===`input`&&(s.type===`checkbox`||s.type===`radio`)&&(g=Ir);if(g&&=g(e,r)){Sr(o,g,n,i);break a}_&&_(e,s,r),e===`focusout`&&(_=s._wrapperState)&&_.controlled&&s.type===`number`&&Pe(s,`number`,s.value)}switch(_=r?Xi(r):window,e){case`focusin`:(xr(_)||_.contentEditable===`true`)&&(Jr=_,Yr=r,Xr=null);break;case`focusout`:Xr=Yr=Jr=null;break;case`mousedown`:Zr=!0;break;case`contextmenu`:case`mouseup`:case`dragend`:Zr=!1,Qr(o,n,i);break;case`selectionchange`:if(qr)break;case`keydown`:case`keyup`:Qr(o,n,i)}var v;if(lr)b:{switch(e){case`compositionstart`:var y=`onCompositionStart`;break b;case`compositionend`:y=`onCompositionEnd`;break b;case`compositionupdate`:y=`onCompositionUpdate`;break b}y=void 0}else _r?hr(e,n)&&(y=`onCompositionEnd`):e===`keydown`&&n.keyCode===229&&(y=`onCompositionStart`);y&&(fr&&n.locale!==`ko`&&(_r||y!==`onCompositionStart`?y===`onCompositionEnd`&&_r&&(v=Pn()):(Mn=i,Nn=`value`in Mn?Mn.value:Mn.textContent,_r=!0)),_=Si(r,y),0<_.length&&(y=new Zn(y,e,null,n,i),o.push({event:y,listeners:_}),v?y.data=v:(v=gr(n),v!==null&&(y.data=v)))),(v=dr?vr(e,n):yr(e,n))&&(r=Si(r,`onBeforeInput`),0<r.length&&(i=new Zn(`onBeforeInput`,`beforeinput`,null,n,i),o.push({event:i,listeners:r}),i.data=v))}hi(o,t)})}function xi(e,t,n){return{instance:e,listener:t,currentTarget:n}}function Si(e,t){for(var n=t+`Capture`,r=[];e!==null;){var i=e,a=i.stateNode;i.tag===5&&a!==null&&(i=a,a=dt(e,n),a!=null&&r.unshift(xi(e,a,i)),a=dt(e,t),a!=null&&r.push(xi(e,a,i))),e=e.return}return r}function Ci(e){if(e===null)return null;do e=e.return;while(e&&e.tag!==5);return e||null}function wi(e,t,n,r,i){for(var a=t._reactName,o=[];n!==null&&n!==r;){var s=n,c=s.alternate,l=s.stateNode;if(c!==null&&c===r)break;s.tag===5&&l!==null&&(s=l,i?(c=dt(n,a),c!=null&&o.unshift(xi(n,c,s))):i||(c=dt(n,a),c!=null&&o.push(xi(n,c,s)))),n=n.return}o.length!==0&&e.push({event:t,listeners:o})}var Ti=/\r\n?/g,Ei=/\u0000|\uFFFD/g;function Di(e){return(typeof e==`string`?e:``+e).replace(Ti,`
`).replace(Ei,``)}function Oi(e,t,n){if(t=Di(t),Di(e)!==t&&n)throw Error(r(425))}function ki(){}var Ai=null,ji=null;function Mi(e,t){return e===`textarea`||e===`noscript`||typeof t.children==`string`||typeof t.children==`number`||typeof t.dangerouslySetInnerHTML==`object`&&t.dangerouslySetInnerHTML!==null&&t.dangerouslySetInnerHTML.__html!=null}var Ni=typeof setTimeout==`function`?setTimeout:void 0,Pi=typeof clearTimeout==`function`?clearTimeout:void 0,Fi=typeof Promise==`function`?Promise:void 0,Ii=typeof queueMicrotask==`function`?queueMicrotask:Fi===void 0?Ni:function(e){return Fi.resolve(null).then(e).catch(Li)};function Li(e){setTimeout(function(){throw e})}function Ri(e,t){var n=t,r=0;do{var i=n.nextSibling;if(e.removeChild(n),i&&i.nodeType===8){if(n=i.data,n===`/$`){if(r===0){e.removeChild(i),Cn(t);return}r--}else n!==`$`&&n!==`$?`&&n!==`$!`||r++}n=i}while(n);Cn(t)}function zi(e){for(;e!=null;e=e.nextSibling){var t=e.nodeType;if(t===1||t===3)break;if(t===8){if(t=e.data,t===`$`||t===`$!`||t===`$?`)break;if(t===`/$`)return null}}return e}function Bi(e){e=e.previousSibling;for(var t=0;e;){if(e.nodeType===8){var n=e.data;if(n===`$`||n===`$!`||n===`$?`){if(t===0)return e;t--}else n===`/$`&&t++}e=e.previousSibling}return null}var Vi=Math.random().toString(36).slice(2),Hi=`__reactFiber$`+Vi,Ui=`__reactProps$`+Vi,Wi=`__reactContainer$`+Vi,Gi=`__reactEvents$`+Vi,Ki=`__reactListeners$`+Vi,qi=`__reactHandles$`+Vi;function Ji(e){var t=e[Hi];if(t)return t;for(var n=e.parentNode;n;){if(t=n[Wi]||n[Hi]){if(n=t.alternate,t.child!==null||n!==null&&n.child!==null)for(e=Bi(e);e!==null;){if(n=e[Hi])return n;e=Bi(e)}return t}e=n,n=e.parentNode}return null}function Yi(e){return e=e[Hi]||e[Wi],!e||e.tag!==5&&e.tag!==6&&e.tag!==13&&e.tag!==3?null:e}function Xi(e){if(e.tag===5||e.tag===6)return e.stateNode;throw Error(r(33))}function Zi(e){return e[Ui]||null}var Qi=[],$i=-1;function ea(e){return{current:e}}function P(e){0>$i||(e.current=Qi[$i],Qi[$i]=null,$i--)}function F(e,t){$i++,Qi[$i]=e.current,e.current=t}var ta={},I=ea(ta),na=ea(!1),ra=ta;function ia(e,t){var n=e.type.contextTypes;if(!n)return ta;var r=e.stateNode;if(r&&r.__reactInternalMemoizedUnmaskedChildContext===t)return r.__reactInternalMemoizedMaskedChildContext;var i={},a;for(a in n)i[a]=t[a];return r&&(e=e.stateNode,e.__reactInternalMemoizedUnmaskedChildContext=t,e.__reactInternalMemoizedMaskedChildContext=i),i}function L(e){return e=e.childContextTypes,e!=null}function aa(){P(na),P(I)}function oa(e,t,n){if(I.current!==ta)throw Error(r(168));F(I,t),F(na,n)}function sa(e,t,n){var i=e.stateNode;if(t=t.childContextTypes,typeof i.getChildContext!=`function`)return n;for(var a in i=i.getChildContext(),i)if(!(a in t))throw Error(r(108,Se(e)||`Unknown`,a));return C({},n,i)}function ca(e){return e=(e=e.stateNode)&&e.__reactInternalMemoizedMergedChildContext||ta,ra=I.current,F(I,e),F(na,na.current),!0}function la(e,t,n){var i=e.stateNode;if(!i)throw Error(r(169));n?(e=sa(e,t,ra),i.__reactInternalMemoizedMergedChildContext=e,P(na),P(I),F(I,e)):P(na),F(na,n)}var ua=null,da=!1,fa=!1;function pa(e){ua===null?ua=[e]:ua.push(e)}function ma(e){da=!0,pa(e)}function ha(){if(!fa&&ua!==null){fa=!0;var e=0,t=k;try{var n=ua;for(k=1;e<n.length;e++){var r=n[e];do r=r(!0);while(r!==null)}ua=null,da=!1}catch(t){throw ua!==null&&(ua=ua.slice(e+1)),Et(jt,ha),t}finally{k=t,fa=!1}}return null}var ga=[],_a=0,va=null,ya=0,ba=[],xa=0,Sa=null,R=1,Ca=``;function wa(e,t){ga[_a++]=ya,ga[_a++]=va,va=e,ya=t}function Ta(e,t,n){ba[xa++]=R,ba[xa++]=Ca,ba[xa++]=Sa,Sa=e;var r=R;e=Ca;var i=32-zt(r)-1;r&=~(1<<i),n+=1;var a=32-zt(t)+i;if(30<a){var o=i-i%5;a=(r&(1<<o)-1).toString(32),r>>=o,i-=o,R=1<<32-zt(t)+i|n<<i|r,Ca=a+e}else R=1<<a|n<<i|r,Ca=e}function Ea(e){e.return!==null&&(wa(e,1),Ta(e,1,0))}function Da(e){for(;e===va;)va=ga[--_a],ga[_a]=null,ya=ga[--_a],ga[_a]=null;for(;e===Sa;)Sa=ba[--xa],ba[xa]=null,Ca=ba[--xa],ba[xa]=null,R=ba[--xa],ba[xa]=null}var Oa=null,ka=null,z=!1,Aa=null;function ja(e,t){var n=Kl(5,null,null,0);n.elementType=`DELETED`,n.stateNode=t,n.return=e,t=e.deletions,t===null?(e.deletions=[n],e.flags|=16):t.push(n)}function Ma(e,t){switch(e.tag){case 5:var n=e.type;return t=t.nodeType!==1||n.toLowerCase()!==t.nodeName.toLowerCase()?null:t,t!==null&&(e.stateNode=t,Oa=e,ka=zi(t.firstChild),!0);case 6:return t=e.pendingProps===``||t.nodeType!==3?null:t,t!==null&&(e.stateNode=t,Oa=e,ka=null,!0);case 13:return t=t.nodeType===8?t:null,t!==null&&(n=Sa===null?null:{id:R,overflow:Ca},e.memoizedState={dehydrated:t,treeContext:n,retryLane:1073741824},n=Kl(18,null,null,0),n.stateNode=t,n.return=e,e.child=n,Oa=e,ka=null,!0);default:return!1}}function Na(e){return!!(e.mode&1)&&!(e.flags&128)}function Pa(e){if(z){var t=ka;if(t){var n=t;if(!Ma(e,t)){if(Na(e))throw Error(r(418));t=zi(n.nextSibling);var i=Oa;t&&Ma(e,t)?ja(i,n):(e.flags=e.flags&-4097|2,z=!1,Oa=e)}}else{if(Na(e))throw Error(r(418));e.flags=e.flags&-4097|2,z=!1,Oa=e}}}function Fa(e){for(e=e.return;e!==null&&e.tag!==5&&e.tag!==3&&e.tag!==13;)e=e.return;Oa=e}function Ia(e){if(e!==Oa)return!1;if(!z)return Fa(e),z=!0,!1;var t;if((t=e.tag!==3)&&!(t=e.tag!==5)&&(t=e.type,t=t!==`head`&&t!==`body`&&!Mi(e.type,e.memoizedProps)),t&&=ka){if(Na(e))throw La(),Error(r(418));for(;t;)ja(e,t),t=zi(t.nextSibling)}if(Fa(e),e.tag===13){if(e=e.memoizedState,e=e===null?null:e.dehydrated,!e)throw Error(r(317));a:{for(e=e.nextSibling,t=0;e;){if(e.nodeType===8){var n=e.data;if(n===`/$`){if(t===0){ka=zi(e.nextSibling);break a}t--}else n!==`$`&&n!==`$!`&&n!==`$?`||t++}e=e.nextSibling}ka=null}}else ka=Oa?zi(e.stateNode.nextSibling):null;return!0}function La(){for(var e=ka;e;)e=zi(e.nextSibling)}function Ra(){ka=Oa=null,z=!1}function za(e){Aa===null?Aa=[e]:Aa.push(e)}var Ba=x.ReactCurrentBatchConfig;function Va(e,t,n){if(e=n.ref,e!==null&&typeof e!=`function`&&typeof e!=`object`){if(n._owner){if(n=n._owner,n){if(n.tag!==1)throw Error(r(309));var i=n.stateNode}if(!i)throw Error(r(147,e));var a=i,o=``+e;return t!==null&&t.ref!==null&&typeof t.ref==`function`&&t.ref._stringRef===o?t.ref:(t=function(e){var t=a.refs;e===null?delete t[o]:t[o]=e},t._stringRef=o,t)}if(typeof e!=`string`)throw Error(r(284));if(!n._owner)throw Error(r(290,e))}return e}function Ha(e,t){throw e=Object.prototype.toString.call(t),Error(r(31,e===`[object Object]`?`object with keys {`+Object.keys(t).join(`, `)+`}`:e))}function Ua(e){var t=e._init;return t(e._payload)}function Wa(e){function t(t,n){if(e){var r=t.deletions;r===null?(t.deletions=[n],t.flags|=16):r.push(n)}}function n(n,r){if(!e)return null;for(;r!==null;)t(n,r),r=r.sibling;return null}function i(e,t){for(e=new Map;t!==null;)t.key===null?e.set(t.index,t):e.set(t.key,t),t=t.sibling;return e}function a(e,t){return e=Yl(e,t),e.index=0,e.sibling=null,e}function o(t,n,r){return t.index=r,e?(r=t.alternate,r===null?(t.flags|=2,n):(r=r.index,r<n?(t.flags|=2,n):r)):(t.flags|=1048576,n)}function s(t){return e&&t.alternate===null&&(t.flags|=2),t}function c(e,t,n,r){return t===null||t.tag!==6?(t=$l(n,e.mode,r),t.return=e,t):(t=a(t,n),t.return=e,t)}function l(e,t,n,r){var i=n.type;return i===ie?d(e,t,n.props.children,r,n.key):t!==null&&(t.elementType===i||typeof i==`object`&&i&&i.$$typeof===fe&&Ua(i)===t.type)?(r=a(t,n.props),r.ref=Va(e,t,n),r.return=e,r):(r=Xl(n.type,n.key,n.props,null,e.mode,r),r.ref=Va(e,t,n),r.return=e,r)}function u(e,t,n,r){return t===null||t.tag!==4||t.stateNode.containerInfo!==n.containerInfo||t.stateNode.implementation!==n.implementation?(t=eu(n,e.mode,r),t.return=e,t):(t=a(t,n.children||[]),t.return=e,t)}function d(e,t,n,r,i){return t===null||t.tag!==7?(t=Zl(n,e.mode,r,i),t.return=e,t):(t=a(t,n),t.return=e,t)}function f(e,t,n){if(typeof t==`string`&&t!==``||typeof t==`number`)return t=$l(``+t,e.mode,n),t.return=e,t;if(typeof t==`object`&&t){switch(t.$$typeof){case ne:return n=Xl(t.type,t.key,t.props,null,e.mode,n),n.ref=Va(e,null,t),n.return=e,n;case re:return t=eu(t,e.mode,n),t.return=e,t;case fe:var r=t._init;return f(e,r(t._payload),n)}if(Fe(t)||he(t))return t=Zl(t,e.mode,n,null),t.return=e,t;Ha(e,t)}return null}function p(e,t,n,r){var i=t===null?null:t.key;if(typeof n==`string`&&n!==``||typeof n==`number`)return i===null?c(e,t,``+n,r):null;if(typeof n==`object`&&n){switch(n.$$typeof){case ne:return n.key===i?l(e,t,n,r):null;case re:return n.key===i?u(e,t,n,r):null;case fe:return i=n._init,p(e,t,i(n._payload),r)}if(Fe(n)||he(n))return i===null?d(e,t,n,r,null):null;Ha(e,n)}return null}function m(e,t,n,r,i){if(typeof r==`string`&&r!==``||typeof r==`number`)return e=e.get(n)||null,c(t,e,``+r,i);if(typeof r==`object`&&r){switch(r.$$typeof){case ne:return e=e.get(r.key===null?n:r.key)||null,l(t,e,r,i);case re:return e=e.get(r.key===null?n:r.key)||null,u(t,e,r,i);case fe:var a=r._init;return m(e,t,n,a(r._payload),i)}if(Fe(r)||he(r))return e=e.get(n)||null,d(t,e,r,i,null);Ha(t,r)}return null}function h(r,a,s,c){for(var l=null,u=null,d=a,h=a=0,g=null;d!==null&&h<s.length;h++){d.index>h?(g=d,d=null):g=d.sibling;var _=p(r,d,s[h],c);if(_===null){d===null&&(d=g);break}e&&d&&_.alternate===null&&t(r,d),a=o(_,a,h),u===null?l=_:u.sibling=_,u=_,d=g}if(h===s.length)return n(r,d),z&&wa(r,h),l;if(d===null){for(;h<s.length;h++)d=f(r,s[h],c),d!==null&&(a=o(d,a,h),u===null?l=d:u.sibling=d,u=d);return z&&wa(r,h),l}for(d=i(r,d);h<s.length;h++)g=m(d,r,h,s[h],c),g!==null&&(e&&g.alternate!==null&&d.delete(g.key===null?h:g.key),a=o(g,a,h),u===null?l=g:u.sibling=g,u=g);return e&&d.forEach(function(e){return t(r,e)}),z&&wa(r,h),l}function g(a,s,c,l){var u=he(c);if(typeof u!=`function`)throw Error(r(150));if(c=u.call(c),c==null)throw Error(r(151));for(var d=u=null,h=s,g=s=0,_=null,v=c.next();h!==null&&!v.done;g++,v=c.next()){h.index>g?(_=h,h=null):_=h.sibling;var y=p(a,h,v.value,l);if(y===null){h===null&&(h=_);break}e&&h&&y.alternate===null&&t(a,h),s=o(y,s,g),d===null?u=y:d.sibling=y,d=y,h=_}if(v.done)return n(a,h),z&&wa(a,g),u;if(h===null){for(;!v.done;g++,v=c.next())v=f(a,v.value,l),v!==null&&(s=o(v,s,g),d===null?u=v:d.sibling=v,d=v);return z&&wa(a,g),u}for(h=i(a,h);!v.done;g++,v=c.next())v=m(h,a,g,v.value,l),v!==null&&(e&&v.alternate!==null&&h.delete(v.key===null?g:v.key),s=o(v,s,g),d===null?u=v:d.sibling=v,d=v);return e&&h.forEach(function(e){return t(a,e)}),z&&wa(a,g),u}function _(e,r,i,o){if(typeof i==`object`&&i&&i.type===ie&&i.key===null&&(i=i.props.children),typeof i==`object`&&i){switch(i.$$typeof){case ne:a:{for(var c=i.key,l=r;l!==null;){if(l.key===c){if(c=i.type,c===ie){if(l.tag===7){n(e,l.sibling),r=a(l,i.props.children),r.return=e,e=r;break a}}else if(l.elementType===c||typeof c==`object`&&c&&c.$$typeof===fe&&Ua(c)===l.type){n(e,l.sibling),r=a(l,i.props),r.ref=Va(e,l,i),r.return=e,e=r;break a}n(e,l);break}t(e,l),l=l.sibling}i.type===ie?(r=Zl(i.props.children,e.mode,o,i.key),r.return=e,e=r):(o=Xl(i.type,i.key,i.props,null,e.mode,o),o.ref=Va(e,r,i),o.return=e,e=o)}return s(e);case re:a:{for(l=i.key;r!==null;){if(r.key===l){if(r.tag===4&&r.stateNode.containerInfo===i.containerInfo&&r.stateNode.implementation===i.implementation){n(e,r.sibling),r=a(r,i.children||[]),r.return=e,e=r;break a}n(e,r);break}t(e,r),r=r.sibling}r=eu(i,e.mode,o),r.return=e,e=r}return s(e);case fe:return l=i._init,_(e,r,l(i._payload),o)}if(Fe(i))return h(e,r,i,o);if(he(i))return g(e,r,i,o);Ha(e,i)}return typeof i==`string`&&i!==``||typeof i==`number`?(i=``+i,r!==null&&r.tag===6?(n(e,r.sibling),r=a(r,i),r.return=e,e=r):(n(e,r),r=$l(i,e.mode,o),r.return=e,e=r),s(e)):n(e,r)}return _}var Ga=Wa(!0),Ka=Wa(!1),qa=ea(null),Ja=null,Ya=null,Xa=null;function Za(){Xa=Ya=Ja=null}function Qa(e){var t=qa.current;P(qa),e._currentValue=t}function $a(e,t,n){for(;e!==null;){var r=e.alternate;if((e.childLanes&t)===t?r!==null&&(r.childLanes&t)!==t&&(r.childLanes|=t):(e.childLanes|=t,r!==null&&(r.childLanes|=t)),e===n)break;e=e.return}}function eo(e,t){Ja=e,Xa=Ya=null,e=e.dependencies,e!==null&&e.firstContext!==null&&((e.lanes&t)!==0&&(zs=!0),e.firstContext=null)}function to(e){var t=e._currentValue;if(Xa!==e){if(e={context:e,memoizedValue:t,next:null},Ya===null){if(Ja===null)throw Error(r(308));Ya=e,Ja.dependencies={lanes:0,firstContext:e}}else Ya=Ya.next=e}return t}var no=null;function ro(e){no===null?no=[e]:no.push(e)}function io(e,t,n,r){var i=t.interleaved;return i===null?(n.next=n,ro(t)):(n.next=i.next,i.next=n),t.interleaved=n,ao(e,r)}function ao(e,t){e.lanes|=t;var n=e.alternate;for(n!==null&&(n.lanes|=t),n=e,e=e.return;e!==null;)e.childLanes|=t,n=e.alternate,n!==null&&(n.childLanes|=t),n=e,e=e.return;return n.tag===3?n.stateNode:null}var oo=!1;function so(e){e.updateQueue={baseState:e.memoizedState,firstBaseUpdate:null,lastBaseUpdate:null,shared:{pending:null,interleaved:null,lanes:0},effects:null}}function co(e,t){e=e.updateQueue,t.updateQueue===e&&(t.updateQueue={baseState:e.baseState,firstBaseUpdate:e.firstBaseUpdate,lastBaseUpdate:e.lastBaseUpdate,shared:e.shared,effects:e.effects})}function lo(e,t){return{eventTime:e,lane:t,tag:0,payload:null,callback:null,next:null}}function uo(e,t,n){var r=e.updateQueue;if(r===null)return null;if(r=r.shared,J&2){var i=r.pending;return i===null?t.next=t:(t.next=i.next,i.next=t),r.pending=t,ao(e,n)}return i=r.interleaved,i===null?(t.next=t,ro(r)):(t.next=i.next,i.next=t),r.interleaved=t,ao(e,n)}function fo(e,t,n){if(t=t.updateQueue,t!==null&&(t=t.shared,n&4194240)){var r=t.lanes;r&=e.pendingLanes,n|=r,t.lanes=n,Qt(e,n)}}function po(e,t){var n=e.updateQueue,r=e.alternate;if(r!==null&&(r=r.updateQueue,n===r)){var i=null,a=null;if(n=n.firstBaseUpdate,n!==null){do{var o={eventTime:n.eventTime,lane:n.lane,tag:n.tag,payload:n.payload,callback:n.callback,next:null};a===null?i=a=o:a=a.next=o,n=n.next}while(n!==null);a===null?i=a=t:a=a.next=t}else i=a=t;n={baseState:r.baseState,firstBaseUpdate:i,lastBaseUpdate:a,shared:r.shared,effects:r.effects},e.updateQueue=n}else e=n.lastBaseUpdate,e===null?n.firstBaseUpdate=t:e.next=t,n.lastBaseUpdate=t}function mo(e,t,n,r){var i=e.updateQueue;oo=!1;var a=i.firstBaseUpdate,o=i.lastBaseUpdate,s=i.shared.pending;if(s!==null){i.shared.pending=null;var c=s,l=c.next;c.next=null,o===null?a=l:o.next=l,o=c;var u=e.alternate;u!==null&&(u=u.updateQueue,s=u.lastBaseUpdate,s!==o&&(s===null?u.firstBaseUpdate=l:s.next=l,u.lastBaseUpdate=c))}if(a!==null){var d=i.baseState;o=0,u=l=c=null,s=a;do{var f=s.lane,p=s.eventTime;if((r&f)===f){u!==null&&(u=u.next={eventTime:p,lane:0,tag:s.tag,payload:s.payload,callback:s.callback,next:null});a:{var m=e,h=s;switch(f=t,p=n,h.tag){case 1:if(m=h.payload,typeof m==`function`){d=m.call(p,d,f);break a}d=m;break a;case 3:m.flags=m.flags&-65537|128;case 0:if(m=h.payload,f=typeof m==`function`?m.call(p,d,f):m,f==null)break a;d=C({},d,f);break a;case 2:oo=!0}}s.callback!==null&&s.lane!==0&&(e.flags|=64,f=i.effects,f===null?i.effects=[s]:f.push(s))}else p={eventTime:p,lane:f,tag:s.tag,payload:s.payload,callback:s.callback,next:null},u===null?(l=u=p,c=d):u=u.next=p,o|=f;if(s=s.next,s===null){if(s=i.shared.pending,s===null)break;f=s,s=f.next,f.next=null,i.lastBaseUpdate=f,i.shared.pending=null}}while(1);if(u===null&&(c=d),i.baseState=c,i.firstBaseUpdate=l,i.lastBaseUpdate=u,t=i.shared.interleaved,t!==null){i=t;do o|=i.lane,i=i.next;while(i!==t)}else a===null&&(i.shared.lanes=0);Yc|=o,e.lanes=o,e.memoizedState=d}}function ho(e,t,n){if(e=t.effects,t.effects=null,e!==null)for(t=0;t<e.length;t++){var i=e[t],a=i.callback;if(a!==null){if(i.callback=null,i=n,typeof a!=`function`)throw Error(r(191,a));a.call(i)}}}var go={},_o=ea(go),vo=ea(go),yo=ea(go);function bo(e){if(e===go)throw Error(r(174));return e}function xo(e,t){switch(F(yo,t),F(vo,e),F(_o,go),e=t.nodeType,e){case 9:case 11:t=(t=t.documentElement)?t.namespaceURI:He(null,``);break;default:e=e===8?t.parentNode:t,t=e.namespaceURI||null,e=e.tagName,t=He(t,e)}P(_o),F(_o,t)}function So(){P(_o),P(vo),P(yo)}function Co(e){bo(yo.current);var t=bo(_o.current),n=He(t,e.type);t!==n&&(F(vo,e),F(_o,n))}function wo(e){vo.current===e&&(P(_o),P(vo))}var B=ea(0);function To(e){for(var t=e;t!==null;){if(t.tag===13){var n=t.memoizedState;if(n!==null&&(n=n.dehydrated,n===null||n.data===`$?`||n.data===`$!`))return t}else if(t.tag===19&&t.memoizedProps.revealOrder!==void 0){if(t.flags&128)return t}else if(t.child!==null){t.child.return=t,t=t.child;continue}if(t===e)break;for(;t.sibling===null;){if(t.return===null||t.return===e)return null;t=t.return}t.sibling.return=t.return,t=t.sibling}return null}var Eo=[];function Do(){for(var e=0;e<Eo.length;e++)Eo[e]._workInProgressVersionPrimary=null;Eo.length=0}var Oo=x.ReactCurrentDispatcher,ko=x.ReactCurrentBatchConfig,Ao=0,V=null,H=null,U=null,jo=!1,Mo=!1,No=0,Po=0;function W(){throw Error(r(321))}function Fo(e,t){if(t===null)return!1;for(var n=0;n<t.length&&n<e.length;n++)if(!zr(e[n],t[n]))return!1;return!0}function Io(e,t,n,i,a,o){if(Ao=o,V=t,t.memoizedState=null,t.updateQueue=null,t.lanes=0,Oo.current=e===null||e.memoizedState===null?ys:bs,e=n(i,a),Mo){o=0;do{if(Mo=!1,No=0,25<=o)throw Error(r(301));o+=1,U=H=null,t.updateQueue=null,Oo.current=xs,e=n(i,a)}while(Mo)}if(Oo.current=vs,t=H!==null&&H.next!==null,Ao=0,U=H=V=null,jo=!1,t)throw Error(r(300));return e}function Lo(){var e=No!==0;return No=0,e}function Ro(){var e={memoizedState:null,baseState:null,baseQueue:null,queue:null,next:null};return U===null?V.memoizedState=U=e:U=U.next=e,U}function zo(){if(H===null){var e=V.alternate;e=e===null?null:e.memoizedState}else e=H.next;var t=U===null?V.memoizedState:U.next;if(t!==null)U=t,H=e;else{if(e===null)throw Error(r(310));H=e,e={memoizedState:H.memoizedState,baseState:H.baseState,baseQueue:H.baseQueue,queue:H.queue,next:null},U===null?V.memoizedState=U=e:U=U.next=e}return U}function Bo(e,t){return typeof t==`function`?t(e):t}function Vo(e){var t=zo(),n=t.queue;if(n===null)throw Error(r(311));n.lastRenderedReducer=e;var i=H,a=i.baseQueue,o=n.pending;if(o!==null){if(a!==null){var s=a.next;a.next=o.next,o.next=s}i.baseQueue=a=o,n.pending=null}if(a!==null){o=a.next,i=i.baseState;var c=s=null,l=null,u=o;do{var d=u.lane;if((Ao&d)===d)l!==null&&(l=l.next={lane:0,action:u.action,hasEagerState:u.hasEagerState,eagerState:u.eagerState,next:null}),i=u.hasEagerState?u.eagerState:e(i,u.action);else{var f={lane:d,action:u.action,hasEagerState:u.hasEagerState,eagerState:u.eagerState,next:null};l===null?(c=l=f,s=i):l=l.next=f,V.lanes|=d,Yc|=d}u=u.next}while(u!==null&&u!==o);l===null?s=i:l.next=c,zr(i,t.memoizedState)||(zs=!0),t.memoizedState=i,t.baseState=s,t.baseQueue=l,n.lastRenderedState=i}if(e=n.interleaved,e!==null){a=e;do o=a.lane,V.lanes|=o,Yc|=o,a=a.next;while(a!==e)}else a===null&&(n.lanes=0);return[t.memoizedState,n.dispatch]}function Ho(e){var t=zo(),n=t.queue;if(n===null)throw Error(r(311));n.lastRenderedReducer=e;var i=n.dispatch,a=n.pending,o=t.memoizedState;if(a!==null){n.pending=null;var s=a=a.next;do o=e(o,s.action),s=s.next;while(s!==a);zr(o,t.memoizedState)||(zs=!0),t.memoizedState=o,t.baseQueue===null&&(t.baseState=o),n.lastRenderedState=o}return[o,i]}function Uo(){}function Wo(e,t){var n=V,i=zo(),a=t(),o=!zr(i.memoizedState,a);if(o&&(i.memoizedState=a,zs=!0),i=i.queue,ns(qo.bind(null,n,i,e),[e]),i.getSnapshot!==t||o||U!==null&&U.memoizedState.tag&1){if(n.flags|=2048,Zo(9,Ko.bind(null,n,i,a,t),void 0,null),Y===null)throw Error(r(349));Ao&30||Go(n,t,a)}return a}function Go(e,t,n){e.flags|=16384,e={getSnapshot:t,value:n},t=V.updateQueue,t===null?(t={lastEffect:null,stores:null},V.updateQueue=t,t.stores=[e]):(n=t.stores,n===null?t.stores=[e]:n.push(e))}function Ko(e,t,n,r){t.value=n,t.getSnapshot=r,Jo(t)&&Yo(e)}function qo(e,t,n){return n(function(){Jo(t)&&Yo(e)})}function Jo(e){var t=e.getSnapshot;e=e.value;try{var n=t();return!zr(e,n)}catch{return!0}}function Yo(e){var t=ao(e,1);t!==null&&hl(t,e,1,-1)}function Xo(e){var t=Ro();return typeof e==`function`&&(e=e()),t.memoizedState=t.baseState=e,e={pending:null,interleaved:null,lanes:0,dispatch:null,lastRenderedReducer:Bo,lastRenderedState:e},t.queue=e,e=e.dispatch=ms.bind(null,V,e),[t.memoizedState,e]}function Zo(e,t,n,r){return e={tag:e,create:t,destroy:n,deps:r,next:null},t=V.updateQueue,t===null?(t={lastEffect:null,stores:null},V.updateQueue=t,t.lastEffect=e.next=e):(n=t.lastEffect,n===null?t.lastEffect=e.next=e:(r=n.next,n.next=e,e.next=r,t.lastEffect=e)),e}function Qo(){return zo().memoizedState}function $o(e,t,n,r){var i=Ro();V.flags|=e,i.memoizedState=Zo(1|t,n,void 0,r===void 0?null:r)}function es(e,t,n,r){var i=zo();r=r===void 0?null:r;var a=void 0;if(H!==null){var o=H.memoizedState;if(a=o.destroy,r!==null&&Fo(r,o.deps)){i.memoizedState=Zo(t,n,a,r);return}}V.flags|=e,i.memoizedState=Zo(1|t,n,a,r)}function ts(e,t){return $o(8390656,8,e,t)}function ns(e,t){return es(2048,8,e,t)}function rs(e,t){return es(4,2,e,t)}function is(e,t){return es(4,4,e,t)}function as(e,t){if(typeof t==`function`)return e=e(),t(e),function(){t(null)};if(t!=null)return e=e(),t.current=e,function(){t.current=null}}function os(e,t,n){return n=n==null?null:n.concat([e]),es(4,4,as.bind(null,t,e),n)}function ss(){}function cs(e,t){var n=zo();t=t===void 0?null:t;var r=n.memoizedState;return r!==null&&t!==null&&Fo(t,r[1])?r[0]:(n.memoizedState=[e,t],e)}function ls(e,t){var n=zo();t=t===void 0?null:t;var r=n.memoizedState;return r!==null&&t!==null&&Fo(t,r[1])?r[0]:(e=e(),n.memoizedState=[e,t],e)}function us(e,t,n){return Ao&21?(zr(n,t)||(n=O(),V.lanes|=n,Yc|=n,e.baseState=!0),t):(e.baseState&&(e.baseState=!1,zs=!0),e.memoizedState=n)}function ds(e,t){var n=k;k=n!==0&&4>n?n:4,e(!0);var r=ko.transition;ko.transition={};try{e(!1),t()}finally{k=n,ko.transition=r}}function fs(){return zo().memoizedState}function ps(e,t,n){var r=ml(e);if(n={lane:r,action:n,hasEagerState:!1,eagerState:null,next:null},hs(e))gs(t,n);else if(n=io(e,t,n,r),n!==null){var i=pl();hl(n,e,r,i),_s(n,t,r)}}function ms(e,t,n){var r=ml(e),i={lane:r,action:n,hasEagerState:!1,eagerState:null,next:null};if(hs(e))gs(t,i);else{var a=e.alternate;if(e.lanes===0&&(a===null||a.lanes===0)&&(a=t.lastRenderedReducer,a!==null))try{var o=t.lastRenderedState,s=a(o,n);if(i.hasEagerState=!0,i.eagerState=s,zr(s,o)){var c=t.interleaved;c===null?(i.next=i,ro(t)):(i.next=c.next,c.next=i),t.interleaved=i;return}}catch{}n=io(e,t,i,r),n!==null&&(i=pl(),hl(n,e,r,i),_s(n,t,r))}}function hs(e){var t=e.alternate;return e===V||t!==null&&t===V}function gs(e,t){Mo=jo=!0;var n=e.pending;n===null?t.next=t:(t.next=n.next,n.next=t),e.pending=t}function _s(e,t,n){if(n&4194240){var r=t.lanes;r&=e.pendingLanes,n|=r,t.lanes=n,Qt(e,n)}}var vs={readContext:to,useCallback:W,useContext:W,useEffect:W,useImperativeHandle:W,useInsertionEffect:W,useLayoutEffect:W,useMemo:W,useReducer:W,useRef:W,useState:W,useDebugValue:W,useDeferredValue:W,useTransition:W,useMutableSource:W,useSyncExternalStore:W,useId:W,unstable_isNewReconciler:!1},ys={readContext:to,useCallback:function(e,t){return Ro().memoizedState=[e,t===void 0?null:t],e},useContext:to,useEffect:ts,useImperativeHandle:function(e,t,n){return n=n==null?null:n.concat([e]),$o(4194308,4,as.bind(null,t,e),n)},useLayoutEffect:function(e,t){return $o(4194308,4,e,t)},useInsertionEffect:function(e,t){return $o(4,2,e,t)},useMemo:function(e,t){var n=Ro();return t=t===void 0?null:t,e=e(),n.memoizedState=[e,t],e},useReducer:function(e,t,n){var r=Ro();return t=n===void 0?t:n(t),r.memoizedState=r.baseState=t,e={pending:null,interleaved:null,lanes:0,dispatch:null,lastRenderedReducer:e,lastRenderedState:t},r.queue=e,e=e.dispatch=ps.bind(null,V,e),[r.memoizedState,e]},useRef:function(e){var t=Ro();return e={current:e},t.memoizedState=e},useState:Xo,useDebugValue:ss,useDeferredValue:function(e){return Ro().memoizedState=e},useTransition:function(){var e=Xo(!1),t=e[0];return e=ds.bind(null,e[1]),Ro().memoizedState=e,[t,e]},useMutableSource:function(){},useSyncExternalStore:function(e,t,n){var i=V,a=Ro();if(z){if(n===void 0)throw Error(r(407));n=n()}else{if(n=t(),Y===null)throw Error(r(349));Ao&30||Go(i,t,n)}a.memoizedState=n;var o={value:n,getSnapshot:t};return a.queue=o,ts(qo.bind(null,i,o,e),[e]),i.flags|=2048,Zo(9,Ko.bind(null,i,o,n,t),void 0,null),n},useId:function(){var e=Ro(),t=Y.identifierPrefix;if(z){var n=Ca,r=R;n=(r&~(1<<32-zt(r)-1)).toString(32)+n,t=`:`+t+`R`+n,n=No++,0<n&&(t+=`H`+n.toString(32)),t+=`:`}else n=Po++,t=`:`+t+`r`+n.toString(32)+`:`;return e.memoizedState=t},unstable_isNewReconciler:!1},bs={readContext:to,useCallback:cs,useContext:to,useEffect:ns,useImperativeHandle:os,useInsertionEffect:rs,useLayoutEffect:is,useMemo:ls,useReducer:Vo,useRef:Qo,useState:function(){return Vo(Bo)},useDebugValue:ss,useDeferredValue:function(e){return us(zo(),H.memoizedState,e)},useTransition:function(){return[Vo(Bo)[0],zo().memoizedState]},useMutableSource:Uo,useSyncExternalStore:Wo,useId:fs,unstable_isNewReconciler:!1},xs={readContext:to,useCallback:cs,useContext:to,useEffect:ns,useImperativeHandle:os,useInsertionEffect:rs,useLayoutEffect:is,useMemo:ls,useReducer:Ho,useRef:Qo,useState:function(){return Ho(Bo)},useDebugValue:ss,useDeferredValue:function(e){var t=zo();return H===null?t.memoizedState=e:us(t,H.memoizedState,e)},useTransition:function(){return[Ho(Bo)[0],zo().memoizedState]},useMutableSource:Uo,useSyncExternalStore:Wo,useId:fs,unstable_isNewReconciler:!1};function Ss(e,t){if(e&&e.defaultProps){for(var n in t=C({},t),e=e.defaultProps,e)t[n]===void 0&&(t[n]=e[n]);return t}return t}function Cs(e,t,n,r){t=e.memoizedState,n=n(r,t),n=n==null?t:C({},t,n),e.memoizedState=n,e.lanes===0&&(e.updateQueue.baseState=n)}var ws={isMounted:function(e){return(e=e._reactInternals)?St(e)===e:!1},enqueueSetState:function(e,t,n){e=e._reactInternals;var r=pl(),i=ml(e),a=lo(r,i);a.payload=t,n!=null&&(a.callback=n),t=uo(e,a,i),t!==null&&(hl(t,e,i,r),fo(t,e,i))},enqueueReplaceState:function(e,t,n){e=e._reactInternals;var r=pl(),i=ml(e),a=lo(r,i);a.tag=1,a.payload=t,n!=null&&(a.callback=n),t=uo(e,a,i),t!==null&&(hl(t,e,i,r),fo(t,e,i))},enqueueForceUpdate:function(e,t){e=e._reactInternals;var n=pl(),r=ml(e),i=lo(n,r);i.tag=2,t!=null&&(i.callback=t),t=uo(e,i,r),t!==null&&(hl(t,e,r,n),fo(t,e,r))}};function Ts(e,t,n,r,i,a,o){return e=e.stateNode,typeof e.shouldComponentUpdate==`function`?e.shouldComponentUpdate(r,a,o):t.prototype&&t.prototype.isPureReactComponent?!Br(n,r)||!Br(i,a):!0}function Es(e,t,n){var r=!1,i=ta,a=t.contextType;return typeof a==`object`&&a?a=to(a):(i=L(t)?ra:I.current,r=t.contextTypes,a=(r=r!=null)?ia(e,i):ta),t=new t(n,a),e.memoizedState=t.state!==null&&t.state!==void 0?t.state:null,t.updater=ws,e.stateNode=t,t._reactInternals=e,r&&(e=e.stateNode,e.__reactInternalMemoizedUnmaskedChildContext=i,e.__reactInternalMemoizedMaskedChildContext=a),t}function Ds(e,t,n,r){e=t.state,typeof t.componentWillReceiveProps==`function`&&t.componentWillReceiveProps(n,r),typeof t.UNSAFE_componentWillReceiveProps==`function`&&t.UNSAFE_componentWillReceiveProps(n,r),t.state!==e&&ws.enqueueReplaceState(t,t.state,null)}function Os(e,t,n,r){var i=e.stateNode;i.props=n,i.state=e.memoizedState,i.refs={},so(e);var a=t.contextType;typeof a==`object`&&a?i.context=to(a):(a=L(t)?ra:I.current,i.context=ia(e,a)),i.state=e.memoizedState,a=t.getDerivedStateFromProps,typeof a==`function`&&(Cs(e,t,a,n),i.state=e.memoizedState),typeof t.getDerivedStateFromProps==`function`||typeof i.getSnapshotBeforeUpdate==`function`||typeof i.UNSAFE_componentWillMount!=`function`&&typeof i.componentWillMount!=`function`||(t=i.state,typeof i.componentWillMount==`function`&&i.componentWillMount(),typeof i.UNSAFE_componentWillMount==`function`&&i.UNSAFE_componentWillMount(),t!==i.state&&ws.enqueueReplaceState(i,i.state,null),mo(e,n,i,r),i.state=e.memoizedState),typeof i.componentDidMount==`function`&&(e.flags|=4194308)}function ks(e,t){try{var n=``,r=t;do n+=be(r),r=r.return;while(r);var i=n}catch(e){i=`
Error generating stack: `+e.message+`
`+e.stack}return{value:e,source:t,stack:i,digest:null}}function As(e,t,n){return{value:e,source:null,stack:n??null,digest:t??null}}function js(e,t){try{console.error(t.value)}catch(e){setTimeout(function(){throw e})}}var Ms=typeof WeakMap==`function`?WeakMap:Map;function Ns(e,t,n){n=lo(-1,n),n.tag=3,n.payload={element:null};var r=t.value;return n.callback=function(){rl||(rl=!0,il=r),js(e,t)},n}function Ps(e,t,n){n=lo(-1,n),n.tag=3;var r=e.type.getDerivedStateFromError;if(typeof r==`function`){var i=t.value;n.payload=function(){return r(i)},n.callback=function(){js(e,t)}}var a=e.stateNode;return a!==null&&typeof a.componentDidCatch==`function`&&(n.callback=function(){js(e,t),typeof r!=`function`&&(al===null?al=new Set([this]):al.add(this));var n=t.stack;this.componentDidCatch(t.value,{componentStack:n===null?``:n})}),n}function Fs(e,t,n){var r=e.pingCache;if(r===null){r=e.pingCache=new Ms;var i=new Set;r.set(t,i)}else i=r.get(t),i===void 0&&(i=new Set,r.set(t,i));i.has(n)||(i.add(n),e=zl.bind(null,e,t,n),t.then(e,e))}function Is(e){do{var t;if((t=e.tag===13)&&(t=e.memoizedState,t=t===null||t.dehydrated!==null),t)return e;e=e.return}while(e!==null);return null}function Ls(e,t,n,r,i){return e.mode&1?(e.flags|=65536,e.lanes=i,e):(e===t?e.flags|=65536:(e.flags|=128,n.flags|=131072,n.flags&=-52805,n.tag===1&&(n.alternate===null?n.tag=17:(t=lo(-1,1),t.tag=2,uo(n,t,1))),n.lanes|=1),e)}var Rs=x.ReactCurrentOwner,zs=!1;function Bs(e,t,n,r){t.child=e===null?Ka(t,null,n,r):Ga(t,e.child,n,r)}function Vs(e,t,n,r,i){n=n.render;var a=t.ref;return eo(t,i),r=Io(e,t,n,r,a,i),n=Lo(),e!==null&&!zs?(t.updateQueue=e.updateQueue,t.flags&=-2053,e.lanes&=~i,sc(e,t,i)):(z&&n&&Ea(t),t.flags|=1,Bs(e,t,r,i),t.child)}function Hs(e,t,n,r,i){if(e===null){var a=n.type;return typeof a==`function`&&!ql(a)&&a.defaultProps===void 0&&n.compare===null&&n.defaultProps===void 0?(t.tag=15,t.type=a,Us(e,t,a,r,i)):(e=Xl(n.type,null,r,t,t.mode,i),e.ref=t.ref,e.return=t,t.child=e)}if(a=e.child,(e.lanes&i)===0){var o=a.memoizedProps;if(n=n.compare,n=n===null?Br:n,n(o,r)&&e.ref===t.ref)return sc(e,t,i)}return t.flags|=1,e=Yl(a,r),e.ref=t.ref,e.return=t,t.child=e}function Us(e,t,n,r,i){if(e!==null){var a=e.memoizedProps;if(Br(a,r)&&e.ref===t.ref){if(zs=!1,t.pendingProps=r=a,(e.lanes&i)!==0)e.flags&131072&&(zs=!0);else return t.lanes=e.lanes,sc(e,t,i)}}return Ks(e,t,n,r,i)}function Ws(e,t,n){var r=t.pendingProps,i=r.children,a=e===null?null:e.memoizedState;if(r.mode===`hidden`){if(!(t.mode&1))t.memoizedState={baseLanes:0,cachePool:null,transitions:null},F(qc,Kc),Kc|=n;else{if(!(n&1073741824))return e=a===null?n:a.baseLanes|n,t.lanes=t.childLanes=1073741824,t.memoizedState={baseLanes:e,cachePool:null,transitions:null},t.updateQueue=null,F(qc,Kc),Kc|=e,null;t.memoizedState={baseLanes:0,cachePool:null,transitions:null},r=a===null?n:a.baseLanes,F(qc,Kc),Kc|=r}}else a===null?r=n:(r=a.baseLanes|n,t.memoizedState=null),F(qc,Kc),Kc|=r;return Bs(e,t,i,n),t.child}function Gs(e,t){var n=t.ref;(e===null&&n!==null||e!==null&&e.ref!==n)&&(t.flags|=512,t.flags|=2097152)}function Ks(e,t,n,r,i){var a=L(n)?ra:I.current;return a=ia(t,a),eo(t,i),n=Io(e,t,n,r,a,i),r=Lo(),e!==null&&!zs?(t.updateQueue=e.updateQueue,t.flags&=-2053,e.lanes&=~i,sc(e,t,i)):(z&&r&&Ea(t),t.flags|=1,Bs(e,t,n,i),t.child)}function qs(e,t,n,r,i){if(L(n)){var a=!0;ca(t)}else a=!1;if(eo(t,i),t.stateNode===null)oc(e,t),Es(t,n,r),Os(t,n,r,i),r=!0;else if(e===null){var o=t.stateNode,s=t.memoizedProps;o.props=s;var c=o.context,l=n.contextType;typeof l==`object`&&l?l=to(l):(l=L(n)?ra:I.current,l=ia(t,l));var u=n.getDerivedStateFromProps,d=typeof u==`function`||typeof o.getSnapshotBeforeUpdate==`function`;d||typeof o.UNSAFE_componentWillReceiveProps!=`function`&&typeof o.componentWillReceiveProps!=`function`||(s!==r||c!==l)&&Ds(t,o,r,l),oo=!1;var f=t.memoizedState;o.state=f,mo(t,r,o,i),c=t.memoizedState,s!==r||f!==c||na.current||oo?(typeof u==`function`&&(Cs(t,n,u,r),c=t.memoizedState),(s=oo||Ts(t,n,s,r,f,c,l))?(d||typeof o.UNSAFE_componentWillMount!=`function`&&typeof o.componentWillMount!=`function`||(typeof o.componentWillMount==`function`&&o.componentWillMount(),typeof o.UNSAFE_componentWillMount==`function`&&o.UNSAFE_componentWillMount()),typeof o.componentDidMount==`function`&&(t.flags|=4194308)):(typeof o.componentDidMount==`function`&&(t.flags|=4194308),t.memoizedProps=r,t.memoizedState=c),o.props=r,o.state=c,o.context=l,r=s):(typeof o.componentDidMount==`function`&&(t.flags|=4194308),r=!1)}else{o=t.stateNode,co(e,t),s=t.memoizedProps,l=t.type===t.elementType?s:Ss(t.type,s),o.props=l,d=t.pendingProps,f=o.context,c=n.contextType,typeof c==`object`&&c?c=to(c):(c=L(n)?ra:I.current,c=ia(t,c));var p=n.getDerivedStateFromProps;(u=typeof p==`function`||typeof o.getSnapshotBeforeUpdate==`function`)||typeof o.UNSAFE_componentWillReceiveProps!=`function`&&typeof o.componentWillReceiveProps!=`function`||(s!==d||f!==c)&&Ds(t,o,r,c),oo=!1,f=t.memoizedState,o.state=f,mo(t,r,o,i);var m=t.memoizedState;s!==d||f!==m||na.current||oo?(typeof p==`function`&&(Cs(t,n,p,r),m=t.memoizedState),(l=oo||Ts(t,n,l,r,f,m,c)||!1)?(u||typeof o.UNSAFE_componentWillUpdate!=`function`&&typeof o.componentWillUpdate!=`function`||(typeof o.componentWillUpdate==`function`&&o.componentWillUpdate(r,m,c),typeof o.UNSAFE_componentWillUpdate==`function`&&o.UNSAFE_componentWillUpdate(r,m,c)),typeof o.componentDidUpdate==`function`&&(t.flags|=4),typeof o.getSnapshotBeforeUpdate==`function`&&(t.flags|=1024)):(typeof o.componentDidUpdate!=`function`||s===e.memoizedProps&&f===e.memoizedState||(t.flags|=4),typeof o.getSnapshotBeforeUpdate!=`function`||s===e.memoizedProps&&f===e.memoizedState||(t.flags|=1024),t.memoizedProps=r,t.memoizedState=m),o.props=r,o.state=m,o.context=c,r=l):(typeof o.componentDidUpdate!=`function`||s===e.memoizedProps&&f===e.memoizedState||(t.flags|=4),typeof o.getSnapshotBeforeUpdate!=`function`||s===e.memoizedProps&&f===e.memoizedState||(t.flags|=1024),r=!1)}return Js(e,t,n,r,a,i)}function Js(e,t,n,r,i,a){Gs(e,t);var o=!!(t.flags&128);if(!r&&!o)return i&&la(t,n,!1),sc(e,t,a);r=t.stateNode,Rs.current=t;var s=o&&typeof n.getDerivedStateFromError!=`function`?null:r.render();return t.flags|=1,e!==null&&o?(t.child=Ga(t,e.child,null,a),t.child=Ga(t,null,s,a)):Bs(e,t,s,a),t.memoizedState=r.state,i&&la(t,n,!0),t.child}function Ys(e){var t=e.stateNode;t.pendingContext?oa(e,t.pendingContext,t.pendingContext!==t.context):t.context&&oa(e,t.context,!1),xo(e,t.containerInfo)}function Xs(e,t,n,r,i){return Ra(),za(i),t.flags|=256,Bs(e,t,n,r),t.child}var Zs={dehydrated:null,treeContext:null,retryLane:0};function Qs(e){return{baseLanes:e,cachePool:null,transitions:null}}function $s(e,t,n){var r=t.pendingProps,i=B.current,a=!1,o=!!(t.flags&128),s;if((s=o)||(s=e!==null&&e.memoizedState===null?!1:!!(i&2)),s?(a=!0,t.flags&=-129):(e===null||e.memoizedState!==null)&&(i|=1),F(B,i&1),e===null)return Pa(t),e=t.memoizedState,e!==null&&(e=e.dehydrated,e!==null)?(t.lanes=t.mode&1?e.data===`$!`?8:1073741824:1,null):(o=r.children,e=r.fallback,a?(r=t.mode,a=t.child,o={mode:`hidden`,children:o},!(r&1)&&a!==null?(a.childLanes=0,a.pendingProps=o):a=Ql(o,r,0,null),e=Zl(e,r,n,null),a.return=t,e.return=t,a.sibling=e,t.child=a,t.child.memoizedState=Qs(n),t.memoizedState=Zs,e):ec(t,o));if(i=e.memoizedState,i!==null&&(s=i.dehydrated,s!==null))return nc(e,t,o,r,s,i,n);if(a){a=r.fallback,o=t.mode,i=e.child,s=i.sibling;var c={mode:`hidden`,children:r.children};return!(o&1)&&t.child!==i?(r=t.child,r.childLanes=0,r.pendingProps=c,t.deletions=null):(r=Yl(i,c),r.subtreeFlags=i.subtreeFlags&14680064),s===null?(a=Zl(a,o,n,null),a.flags|=2):a=Yl(s,a),a.return=t,r.return=t,r.sibling=a,t.child=r,r=a,a=t.child,o=e.child.memoizedState,o=o===null?Qs(n):{baseLanes:o.baseLanes|n,cachePool:null,transitions:o.transitions},a.memoizedState=o,a.childLanes=e.childLanes&~n,t.memoizedState=Zs,r}return a=e.child,e=a.sibling,r=Yl(a,{mode:`visible`,children:r.children}),!(t.mode&1)&&(r.lanes=n),r.return=t,r.sibling=null,e!==null&&(n=t.deletions,n===null?(t.deletions=[e],t.flags|=16):n.push(e)),t.child=r,t.memoizedState=null,r}function ec(e,t){return t=Ql({mode:`visible`,children:t},e.mode,0,null),t.return=e,e.child=t}function tc(e,t,n,r){return r!==null&&za(r),Ga(t,e.child,null,n),e=ec(t,t.pendingProps.children),e.flags|=2,t.memoizedState=null,e}function nc(e,t,n,i,a,o,s){if(n)return t.flags&256?(t.flags&=-257,i=As(Error(r(422))),tc(e,t,s,i)):t.memoizedState===null?(o=i.fallback,a=t.mode,i=Ql({mode:`visible`,children:i.children},a,0,null),o=Zl(o,a,s,null),o.flags|=2,i.return=t,o.return=t,i.sibling=o,t.child=i,t.mode&1&&Ga(t,e.child,null,s),t.child.memoizedState=Qs(s),t.memoizedState=Zs,o):(t.child=e.child,t.flags|=128,null);if(!(t.mode&1))return tc(e,t,s,null);if(a.data===`$!`){if(i=a.nextSibling&&a.nextSibling.dataset,i)var c=i.dgst;return i=c,o=Error(r(419)),i=As(o,i,void 0),tc(e,t,s,i)}if(c=(s&e.childLanes)!==0,zs||c){if(i=Y,i!==null){switch(s&-s){case 4:a=2;break;case 16:a=8;break;case 64:case 128:case 256:case 512:case 1024:case 2048:case 4096:case 8192:case 16384:case 32768:case 65536:case 131072:case 262144:case 524288:case 1048576:case 2097152:case 4194304:case 8388608:case 16777216:case 33554432:case 67108864:a=32;break;case 536870912:a=268435456;break;default:a=0}a=(a&(i.suspendedLanes|s))===0?a:0,a!==0&&a!==o.retryLane&&(o.retryLane=a,ao(e,a),hl(i,e,a,-1))}return kl(),i=As(Error(r(421))),tc(e,t,s,i)}return a.data===`$?`?(t.flags|=128,t.child=e.child,t=Vl.bind(null,e),a._reactRetry=t,null):(e=o.treeContext,ka=zi(a.nextSibling),Oa=t,z=!0,Aa=null,e!==null&&(ba[xa++]=R,ba[xa++]=Ca,ba[xa++]=Sa,R=e.id,Ca=e.overflow,Sa=t),t=ec(t,i.children),t.flags|=4096,t)}function rc(e,t,n){e.lanes|=t;var r=e.alternate;r!==null&&(r.lanes|=t),$a(e.return,t,n)}function ic(e,t,n,r,i){var a=e.memoizedState;a===null?e.memoizedState={isBackwards:t,rendering:null,renderingStartTime:0,last:r,tail:n,tailMode:i}:(a.isBackwards=t,a.rendering=null,a.renderingStartTime=0,a.last=r,a.tail=n,a.tailMode=i)}function ac(e,t,n){var r=t.pendingProps,i=r.revealOrder,a=r.tail;if(Bs(e,t,r.children,n),r=B.current,r&2)r=r&1|2,t.flags|=128;else{if(e!==null&&e.flags&128)a:for(e=t.child;e!==null;){if(e.tag===13)e.memoizedState!==null&&rc(e,n,t);else if(e.tag===19)rc(e,n,t);else if(e.child!==null){e.child.return=e,e=e.child;continue}if(e===t)break a;for(;e.sibling===null;){if(e.return===null||e.return===t)break a;e=e.return}e.sibling.return=e.return,e=e.sibling}r&=1}if(F(B,r),!(t.mode&1))t.memoizedState=null;else switch(i){case`forwards`:for(n=t.child,i=null;n!==null;)e=n.alternate,e!==null&&To(e)===null&&(i=n),n=n.sibling;n=i,n===null?(i=t.child,t.child=null):(i=n.sibling,n.sibling=null),ic(t,!1,i,n,a);break;case`backwards`:for(n=null,i=t.child,t.child=null;i!==null;){if(e=i.alternate,e!==null&&To(e)===null){t.child=i;break}e=i.sibling,i.sibling=n,n=i,i=e}ic(t,!0,n,null,a);break;case`together`:ic(t,!1,null,null,void 0);break;default:t.memoizedState=null}return t.child}function oc(e,t){!(t.mode&1)&&e!==null&&(e.alternate=null,t.alternate=null,t.flags|=2)}function sc(e,t,n){if(e!==null&&(t.dependencies=e.dependencies),Yc|=t.lanes,(n&t.childLanes)===0)return null;if(e!==null&&t.child!==e.child)throw Error(r(153));if(t.child!==null){for(e=t.child,n=Yl(e,e.pendingProps),t.child=n,n.return=t;e.sibling!==null;)e=e.sibling,n=n.sibling=Yl(e,e.pendingProps),n.return=t;n.sibling=null}return t.child}function cc(e,t,n){switch(t.tag){case 3:Ys(t),Ra();break;case 5:Co(t);break;case 1:L(t.type)&&ca(t);break;case 4:xo(t,t.stateNode.containerInfo);break;case 10:var r=t.type._context,i=t.memoizedProps.value;F(qa,r._currentValue),r._currentValue=i;break;case 13:if(r=t.memoizedState,r!==null)return r.dehydrated===null?(n&t.child.childLanes)===0?(F(B,B.current&1),e=sc(e,t,n),e===null?null:e.sibling):$s(e,t,n):(F(B,B.current&1),t.flags|=128,null);F(B,B.current&1);break;case 19:if(r=(n&t.childLanes)!==0,e.flags&128){if(r)return ac(e,t,n);t.flags|=128}if(i=t.memoizedState,i!==null&&(i.rendering=null,i.tail=null,i.lastEffect=null),F(B,B.current),r)break;return null;case 22:case 23:return t.lanes=0,Ws(e,t,n)}return sc(e,t,n)}var lc=function(e,t){for(var n=t.child;n!==null;){if(n.tag===5||n.tag===6)e.appendChild(n.stateNode);else if(n.tag!==4&&n.child!==null){n.child.return=n,n=n.child;continue}if(n===t)break;for(;n.sibling===null;){if(n.return===null||n.return===t)return;n=n.return}n.sibling.return=n.return,n=n.sibling}},uc=function(e,t,n,r){var i=e.memoizedProps;if(i!==r){e=t.stateNode,bo(_o.current);var o=null;switch(n){case`input`:i=ke(e,i),r=ke(e,r),o=[];break;case`select`:i=C({},i,{value:void 0}),r=C({},r,{value:void 0}),o=[];break;case`textarea`:i=Le(e,i),r=Le(e,r),o=[];break;default:typeof i.onClick!=`function`&&typeof r.onClick==`function`&&(e.onclick=ki)}Ze(n,r);var s;for(u in n=null,i)if(!r.hasOwnProperty(u)&&i.hasOwnProperty(u)&&i[u]!=null){if(u===`style`){var c=i[u];for(s in c)c.hasOwnProperty(s)&&(n||={},n[s]=``)}else u!==`dangerouslySetInnerHTML`&&u!==`children`&&u!==`suppressContentEditableWarning`&&u!==`suppressHydrationWarning`&&u!==`autoFocus`&&(a.hasOwnProperty(u)?o||=[]:(o||=[]).push(u,null))}for(u in r){var l=r[u];if(c=i?.[u],r.hasOwnProperty(u)&&l!==c&&(l!=null||c!=null)){if(u===`style`){if(c){for(s in c)!c.hasOwnProperty(s)||l&&l.hasOwnProperty(s)||(n||={},n[s]=``);for(s in l)l.hasOwnProperty(s)&&c[s]!==l[s]&&(n||={},n[s]=l[s])}else n||(o||=[],o.push(u,n)),n=l}else u===`dangerouslySetInnerHTML`?(l=l?l.__html:void 0,c=c?c.__html:void 0,l!=null&&c!==l&&(o||=[]).push(u,l)):u===`children`?typeof l!=`string`&&typeof l!=`number`||(o||=[]).push(u,``+l):u!==`suppressContentEditableWarning`&&u!==`suppressHydrationWarning`&&(a.hasOwnProperty(u)?(l!=null&&u===`onScroll`&&N(`scroll`,e),o||c===l||(o=[])):(o||=[]).push(u,l))}}n&&(o||=[]).push(`style`,n);var u=o;(t.updateQueue=u)&&(t.flags|=4)}},dc=function(e,t,n,r){n!==r&&(t.flags|=4)};function fc(e,t){if(!z)switch(e.tailMode){case`hidden`:t=e.tail;for(var n=null;t!==null;)t.alternate!==null&&(n=t),t=t.sibling;n===null?e.tail=null:n.sibling=null;break;case`collapsed`:n=e.tail;for(var r=null;n!==null;)n.alternate!==null&&(r=n),n=n.sibling;r===null?t||e.tail===null?e.tail=null:e.tail.sibling=null:r.sibling=null}}function G(e){var t=e.alternate!==null&&e.alternate.child===e.child,n=0,r=0;if(t)for(var i=e.child;i!==null;)n|=i.lanes|i.childLanes,r|=i.subtreeFlags&14680064,r|=i.flags&14680064,i.return=e,i=i.sibling;else for(i=e.child;i!==null;)n|=i.lanes|i.childLanes,r|=i.subtreeFlags,r|=i.flags,i.return=e,i=i.sibling;return e.subtreeFlags|=r,e.childLanes=n,t}function pc(e,t,n){var i=t.pendingProps;switch(Da(t),t.tag){case 2:case 16:case 15:case 0:case 11:case 7:case 8:case 12:case 9:case 14:return G(t),null;case 1:return L(t.type)&&aa(),G(t),null;case 3:return i=t.stateNode,So(),P(na),P(I),Do(),i.pendingContext&&(i.context=i.pendingContext,i.pendingContext=null),(e===null||e.child===null)&&(Ia(t)?t.flags|=4:e===null||e.memoizedState.isDehydrated&&!(t.flags&256)||(t.flags|=1024,Aa!==null&&(yl(Aa),Aa=null))),G(t),null;case 5:wo(t);var o=bo(yo.current);if(n=t.type,e!==null&&t.stateNode!=null)uc(e,t,n,i,o),e.ref!==t.ref&&(t.flags|=512,t.flags|=2097152);else{if(!i){if(t.stateNode===null)throw Error(r(166));return G(t),null}if(e=bo(_o.current),Ia(t)){i=t.stateNode,n=t.type;var s=t.memoizedProps;switch(i[Hi]=t,i[Ui]=s,e=!!(t.mode&1),n){case`dialog`:N(`cancel`,i),N(`close`,i);break;case`iframe`:case`object`:case`embed`:N(`load`,i);break;case`video`:case`audio`:for(o=0;o<fi.length;o++)N(fi[o],i);break;case`source`:N(`error`,i);break;case`img`:case`image`:case`link`:N(`error`,i),N(`load`,i);break;case`details`:N(`toggle`,i);break;case`input`:Ae(i,s),N(`invalid`,i);break;case`select`:i._wrapperState={wasMultiple:!!s.multiple},N(`invalid`,i);break;case`textarea`:Re(i,s),N(`invalid`,i)}for(var c in Ze(n,s),o=null,s)if(s.hasOwnProperty(c)){var l=s[c];c===`children`?typeof l==`string`?i.textContent!==l&&(!0!==s.suppressHydrationWarning&&Oi(i.textContent,l,e),o=[`children`,l]):typeof l==`number`&&i.textContent!==``+l&&(!0!==s.suppressHydrationWarning&&Oi(i.textContent,l,e),o=[`children`,``+l]):a.hasOwnProperty(c)&&l!=null&&c===`onScroll`&&N(`scroll`,i)}switch(n){case`input`:Ee(i),Ne(i,s,!0);break;case`textarea`:Ee(i),Be(i);break;case`select`:case`option`:break;default:typeof s.onClick==`function`&&(i.onclick=ki)}i=o,t.updateQueue=i,i!==null&&(t.flags|=4)}else{c=o.nodeType===9?o:o.ownerDocument,e===`http://www.w3.org/1999/xhtml`&&(e=Ve(n)),e===`http://www.w3.org/1999/xhtml`?n===`script`?(e=c.createElement(`div`),e.innerHTML=`<script><\/script>`,e=e.removeChild(e.firstChild)):typeof i.is==`string`?e=c.createElement(n,{is:i.is}):(e=c.createElement(n),n===`select`&&(c=e,i.multiple?c.multiple=!0:i.size&&(c.size=i.size))):e=c.createElementNS(e,n),e[Hi]=t,e[Ui]=i,lc(e,t,!1,!1),t.stateNode=e;a:{switch(c=Qe(n,i),n){case`dialog`:N(`cancel`,e),N(`close`,e),o=i;break;case`iframe`:case`object`:case`embed`:N(`load`,e),o=i;break;case`video`:case`audio`:for(o=0;o<fi.length;o++)N(fi[o],e);o=i;break;case`source`:N(`error`,e),o=i;break;case`img`:case`image`:case`link`:N(`error`,e),N(`load`,e),o=i;break;case`details`:N(`toggle`,e),o=i;break;case`input`:Ae(e,i),o=ke(e,i),N(`invalid`,e);break;case`option`:o=i;break;case`select`:e._wrapperState={wasMultiple:!!i.multiple},o=C({},i,{value:void 0}),N(`invalid`,e);break;case`textarea`:Re(e,i),o=Le(e,i),N(`invalid`,e);break;default:o=i}for(s in Ze(n,o),l=o,l)if(l.hasOwnProperty(s)){var u=l[s];s===`style`?Ye(e,u):s===`dangerouslySetInnerHTML`?(u=u?u.__html:void 0,u!=null&&We(e,u)):s===`children`?typeof u==`string`?(n!==`textarea`||u!==``)&&Ge(e,u):typeof u==`number`&&Ge(e,``+u):s!==`suppressContentEditableWarning`&&s!==`suppressHydrationWarning`&&s!==`autoFocus`&&(a.hasOwnProperty(s)?u!=null&&s===`onScroll`&&N(`scroll`,e):u!=null&&te(e,s,u,c))}switch(n){case`input`:Ee(e),Ne(e,i,!1);break;case`textarea`:Ee(e),Be(e);break;case`option`:i.value!=null&&e.setAttribute(`value`,``+Ce(i.value));break;case`select`:e.multiple=!!i.multiple,s=i.value,s==null?i.defaultValue!=null&&Ie(e,!!i.multiple,i.defaultValue,!0):Ie(e,!!i.multiple,s,!1);break;default:typeof o.onClick==`function`&&(e.onclick=ki)}switch(n){case`button`:case`input`:case`select`:case`textarea`:i=!!i.autoFocus;break a;case`img`:i=!0;break a;default:i=!1}}i&&(t.flags|=4)}t.ref!==null&&(t.flags|=512,t.flags|=2097152)}return G(t),null;case 6:if(e&&t.stateNode!=null)dc(e,t,e.memoizedProps,i);else{if(typeof i!=`string`&&t.stateNode===null)throw Error(r(166));if(n=bo(yo.current),bo(_o.current),Ia(t)){if(i=t.stateNode,n=t.memoizedProps,i[Hi]=t,(s=i.nodeValue!==n)&&(e=Oa,e!==null))switch(e.tag){case 3:Oi(i.nodeValue,n,!!(e.mode&1));break;case 5:!0!==e.memoizedProps.suppressHydrationWarning&&Oi(i.nodeValue,n,!!(e.mode&1))}s&&(t.flags|=4)}else i=(n.nodeType===9?n:n.ownerDocument).createTextNode(i),i[Hi]=t,t.stateNode=i}return G(t),null;case 13:if(P(B),i=t.memoizedState,e===null||e.memoizedState!==null&&e.memoizedState.dehydrated!==null){if(z&&ka!==null&&t.mode&1&&!(t.flags&128))La(),Ra(),t.flags|=98560,s=!1;else if(s=Ia(t),i!==null&&i.dehydrated!==null){if(e===null){if(!s)throw Error(r(318));if(s=t.memoizedState,s=s===null?null:s.dehydrated,!s)throw Error(r(317));s[Hi]=t}else Ra(),!(t.flags&128)&&(t.memoizedState=null),t.flags|=4;G(t),s=!1}else Aa!==null&&(yl(Aa),Aa=null),s=!0;if(!s)return t.flags&65536?t:null}return t.flags&128?(t.lanes=n,t):(i=i!==null,i!==(e!==null&&e.memoizedState!==null)&&i&&(t.child.flags|=8192,t.mode&1&&(e===null||B.current&1?Q===0&&(Q=3):kl())),t.updateQueue!==null&&(t.flags|=4),G(t),null);case 4:return So(),e===null&&vi(t.stateNode.containerInfo),G(t),null;case 10:return Qa(t.type._context),G(t),null;case 17:return L(t.type)&&aa(),G(t),null;case 19:if(P(B),s=t.memoizedState,s===null)return G(t),null;if(i=!!(t.flags&128),c=s.rendering,c===null){if(i)fc(s,!1);else{if(Q!==0||e!==null&&e.flags&128)for(e=t.child;e!==null;){if(c=To(e),c!==null){for(t.flags|=128,fc(s,!1),i=c.updateQueue,i!==null&&(t.updateQueue=i,t.flags|=4),t.subtreeFlags=0,i=n,n=t.child;n!==null;)s=n,e=i,s.flags&=14680066,c=s.alternate,c===null?(s.childLanes=0,s.lanes=e,s.child=null,s.subtreeFlags=0,s.memoizedProps=null,s.memoizedState=null,s.updateQueue=null,s.dependencies=null,s.stateNode=null):(s.childLanes=c.childLanes,s.lanes=c.lanes,s.child=c.child,s.subtreeFlags=0,s.deletions=null,s.memoizedProps=c.memoizedProps,s.memoizedState=c.memoizedState,s.updateQueue=c.updateQueue,s.type=c.type,e=c.dependencies,s.dependencies=e===null?null:{lanes:e.lanes,firstContext:e.firstContext}),n=n.sibling;return F(B,B.current&1|2),t.child}e=e.sibling}s.tail!==null&&E()>tl&&(t.flags|=128,i=!0,fc(s,!1),t.lanes=4194304)}}else{if(!i){if(e=To(c),e!==null){if(t.flags|=128,i=!0,n=e.updateQueue,n!==null&&(t.updateQueue=n,t.flags|=4),fc(s,!0),s.tail===null&&s.tailMode===`hidden`&&!c.alternate&&!z)return G(t),null}else 2*E()-s.renderingStartTime>tl&&n!==1073741824&&(t.flags|=128,i=!0,fc(s,!1),t.lanes=4194304)}s.isBackwards?(c.sibling=t.child,t.child=c):(n=s.last,n===null?t.child=c:n.sibling=c,s.last=c)}return s.tail===null?(G(t),null):(t=s.tail,s.rendering=t,s.tail=t.sibling,s.renderingStartTime=E(),t.sibling=null,n=B.current,F(B,i?n&1|2:n&1),t);case 22:case 23:return Tl(),i=t.memoizedState!==null,e!==null&&e.memoizedState!==null!==i&&(t.flags|=8192),i&&t.mode&1?Kc&1073741824&&(G(t),t.subtreeFlags&6&&(t.flags|=8192)):G(t),null;case 24:return null;case 25:return null}throw Error(r(156,t.tag))}function mc(e,t){switch(Da(t),t.tag){case 1:return L(t.type)&&aa(),e=t.flags,e&65536?(t.flags=e&-65537|128,t):null;case 3:return So(),P(na),P(I),Do(),e=t.flags,e&65536&&!(e&128)?(t.flags=e&-65537|128,t):null;case 5:return wo(t),null;case 13:if(P(B),e=t.memoizedState,e!==null&&e.dehydrated!==null){if(t.alternate===null)throw Error(r(340));Ra()}return e=t.flags,e&65536?(t.flags=e&-65537|128,t):null;case 19:return P(B),null;case 4:return So(),null;case 10:return Qa(t.type._context),null;case 22:case 23:return Tl(),null;case 24:return null;default:return null}}var hc=!1,gc=!1,_c=typeof WeakSet==`function`?WeakSet:Set,K=null;function vc(e,t){var n=e.ref;if(n!==null){if(typeof n==`function`)try{n(null)}catch(n){$(e,t,n)}else n.current=null}}function yc(e,t,n){try{n()}catch(n){$(e,t,n)}}var bc=!1;function xc(e,t){if(Ai=Tn,e=Wr(),Gr(e)){if(`selectionStart`in e)var n={start:e.selectionStart,end:e.selectionEnd};else a:{n=(n=e.ownerDocument)&&n.defaultView||window;var i=n.getSelection&&n.getSelection();if(i&&i.rangeCount!==0){n=i.anchorNode;var a=i.anchorOffset,o=i.focusNode;i=i.focusOffset;try{n.nodeType,o.nodeType}catch{n=null;break a}var s=0,c=-1,l=-1,u=0,d=0,f=e,p=null;b:for(;;){for(var m;f!==n||a!==0&&f.nodeType!==3||(c=s+a),f!==o||i!==0&&f.nodeType!==3||(l=s+i),f.nodeType===3&&(s+=f.nodeValue.length),(m=f.firstChild)!==null;)p=f,f=m;for(;;){if(f===e)break b;if(p===n&&++u===a&&(c=s),p===o&&++d===i&&(l=s),(m=f.nextSibling)!==null)break;f=p,p=f.parentNode}f=m}n=c===-1||l===-1?null:{start:c,end:l}}else n=null}n||={start:0,end:0}}else n=null;for(ji={focusedElem:e,selectionRange:n},Tn=!1,K=t;K!==null;)if(t=K,e=t.child,t.subtreeFlags&1028&&e!==null)e.return=t,K=e;else for(;K!==null;){t=K;try{var h=t.alternate;if(t.flags&1024)switch(t.tag){case 0:case 11:case 15:break;case 1:if(h!==null){var g=h.memoizedProps,_=h.memoizedState,v=t.stateNode;v.__reactInternalSnapshotBeforeUpdate=v.getSnapshotBeforeUpdate(t.elementType===t.type?g:Ss(t.type,g),_)}break;case 3:var y=t.stateNode.containerInfo;y.nodeType===1?y.textContent=``:y.nodeType===9&&y.documentElement&&y.removeChild(y.documentElement);break;case 5:case 6:case 4:case 17:break;default:throw Error(r(163))}}catch(e){$(t,t.return,e)}if(e=t.sibling,e!==null){e.return=t.return,K=e;break}K=t.return}return h=bc,bc=!1,h}function Sc(e,t,n){var r=t.updateQueue;if(r=r===null?null:r.lastEffect,r!==null){var i=r=r.next;do{if((i.tag&e)===e){var a=i.destroy;i.destroy=void 0,a!==void 0&&yc(t,n,a)}i=i.next}while(i!==r)}}function Cc(e,t){if(t=t.updateQueue,t=t===null?null:t.lastEffect,t!==null){var n=t=t.next;do{if((n.tag&e)===e){var r=n.create;n.destroy=r()}n=n.next}while(n!==t)}}function wc(e){var t=e.ref;if(t!==null){var n=e.stateNode;switch(e.tag){case 5:e=n;break;default:e=n}typeof t==`function`?t(e):t.current=e}}function Tc(e){var t=e.alternate;t!==null&&(e.alternate=null,Tc(t)),e.child=null,e.deletions=null,e.sibling=null,e.tag===5&&(t=e.stateNode,t!==null&&(delete t[Hi],delete t[Ui],delete t[Gi],delete t[Ki],delete t[qi])),e.stateNode=null,e.return=null,e.dependencies=null,e.memoizedProps=null,e.memoizedState=null,e.pendingProps=null,e.stateNode=null,e.updateQueue=null}function Ec(e){return e.tag===5||e.tag===3||e.tag===4}function Dc(e){a:for(;;){for(;e.sibling===null;){if(e.return===null||Ec(e.return))return null;e=e.return}for(e.sibling.return=e.return,e=e.sibling;e.tag!==5&&e.tag!==6&&e.tag!==18;){if(e.flags&2||e.child===null||e.tag===4)continue a;e.child.return=e,e=e.child}if(!(e.flags&2))return e.stateNode}}function Oc(e,t,n){var r=e.tag;if(r===5||r===6)e=e.stateNode,t?n.nodeType===8?n.parentNode.insertBefore(e,t):n.insertBefore(e,t):(n.nodeType===8?(t=n.parentNode,t.insertBefore(e,n)):(t=n,t.appendChild(e)),n=n._reactRootContainer,n!=null||t.onclick!==null||(t.onclick=ki));else if(r!==4&&(e=e.child,e!==null))for(Oc(e,t,n),e=e.sibling;e!==null;)Oc(e,t,n),e=e.sibling}function kc(e,t,n){var r=e.tag;if(r===5||r===6)e=e.stateNode,t?n.insertBefore(e,t):n.appendChild(e);else if(r!==4&&(e=e.child,e!==null))for(kc(e,t,n),e=e.sibling;e!==null;)kc(e,t,n),e=e.sibling}var q=null,Ac=!1;function jc(e,t,n){for(n=n.child;n!==null;)Mc(e,t,n),n=n.sibling}function Mc(e,t,n){if(Lt&&typeof Lt.onCommitFiberUnmount==`function`)try{Lt.onCommitFiberUnmount(It,n)}catch{}switch(n.tag){case 5:gc||vc(n,t);case 6:var r=q,i=Ac;q=null,jc(e,t,n),q=r,Ac=i,q!==null&&(Ac?(e=q,n=n.stateNode,e.nodeType===8?e.parentNode.removeChild(n):e.removeChild(n)):q.removeChild(n.stateNode));break;case 18:q!==null&&(Ac?(e=q,n=n.stateNode,e.nodeType===8?Ri(e.parentNode,n):e.nodeType===1&&Ri(e,n),Cn(e)):Ri(q,n.stateNode));break;case 4:r=q,i=Ac,q=n.stateNode.containerInfo,Ac=!0,jc(e,t,n),q=r,Ac=i;break;case 0:case 11:case 14:case 15:if(!gc&&(r=n.updateQueue,r!==null&&(r=r.lastEffect,r!==null))){i=r=r.next;do{var a=i,o=a.destroy;a=a.tag,o!==void 0&&(a&2||a&4)&&yc(n,t,o),i=i.next}while(i!==r)}jc(e,t,n);break;case 1:if(!gc&&(vc(n,t),r=n.stateNode,typeof r.componentWillUnmount==`function`))try{r.props=n.memoizedProps,r.state=n.memoizedState,r.componentWillUnmount()}catch(e){$(n,t,e)}jc(e,t,n);break;case 21:jc(e,t,n);break;case 22:n.mode&1?(gc=(r=gc)||n.memoizedState!==null,jc(e,t,n),gc=r):jc(e,t,n);break;default:jc(e,t,n)}}function Nc(e){var t=e.updateQueue;if(t!==null){e.updateQueue=null;var n=e.stateNode;n===null&&(n=e.stateNode=new _c),t.forEach(function(t){var r=Hl.bind(null,e,t);n.has(t)||(n.add(t),t.then(r,r))})}}function Pc(e,t){var n=t.deletions;if(n!==null)for(var i=0;i<n.length;i++){var a=n[i];try{var o=e,s=t,c=s;a:for(;c!==null;){switch(c.tag){case 5:q=c.stateNode,Ac=!1;break a;case 3:q=c.stateNode.containerInfo,Ac=!0;break a;case 4:q=c.stateNode.containerInfo,Ac=!0;break a}c=c.return}if(q===null)throw Error(r(160));Mc(o,s,a),q=null,Ac=!1;var l=a.alternate;l!==null&&(l.return=null),a.return=null}catch(e){$(a,t,e)}}if(t.subtreeFlags&12854)for(t=t.child;t!==null;)Fc(t,e),t=t.sibling}function Fc(e,t){var n=e.alternate,i=e.flags;switch(e.tag){case 0:case 11:case 14:case 15:if(Pc(t,e),Ic(e),i&4){try{Sc(3,e,e.return),Cc(3,e)}catch(t){$(e,e.return,t)}try{Sc(5,e,e.return)}catch(t){$(e,e.return,t)}}break;case 1:Pc(t,e),Ic(e),i&512&&n!==null&&vc(n,n.return);break;case 5:if(Pc(t,e),Ic(e),i&512&&n!==null&&vc(n,n.return),e.flags&32){var a=e.stateNode;try{Ge(a,``)}catch(t){$(e,e.return,t)}}if(i&4&&(a=e.stateNode,a!=null)){var o=e.memoizedProps,s=n===null?o:n.memoizedProps,c=e.type,l=e.updateQueue;if(e.updateQueue=null,l!==null)try{c===`input`&&o.type===`radio`&&o.name!=null&&je(a,o),Qe(c,s);var u=Qe(c,o);for(s=0;s<l.length;s+=2){var d=l[s],f=l[s+1];d===`style`?Ye(a,f):d===`dangerouslySetInnerHTML`?We(a,f):d===`children`?Ge(a,f):te(a,d,f,u)}switch(c){case`input`:Me(a,o);break;case`textarea`:ze(a,o);break;case`select`:var p=a._wrapperState.wasMultiple;a._wrapperState.wasMultiple=!!o.multiple;var m=o.value;m==null?p!==!!o.multiple&&(o.defaultValue==null?Ie(a,!!o.multiple,o.multiple?[]:``,!1):Ie(a,!!o.multiple,o.defaultValue,!0)):Ie(a,!!o.multiple,m,!1)}a[Ui]=o}catch(t){$(e,e.return,t)}}break;case 6:if(Pc(t,e),Ic(e),i&4){if(e.stateNode===null)throw Error(r(162));a=e.stateNode,o=e.memoizedProps;try{a.nodeValue=o}catch(t){$(e,e.return,t)}}break;case 3:if(Pc(t,e),Ic(e),i&4&&n!==null&&n.memoizedState.isDehydrated)try{Cn(t.containerInfo)}catch(t){$(e,e.return,t)}break;case 4:Pc(t,e),Ic(e);break;case 13:Pc(t,e),Ic(e),a=e.child,a.flags&8192&&(o=a.memoizedState!==null,a.stateNode.isHidden=o,!o||a.alternate!==null&&a.alternate.memoizedState!==null||(el=E())),i&4&&Nc(e);break;case 22:if(d=n!==null&&n.memoizedState!==null,e.mode&1?(gc=(u=gc)||d,Pc(t,e),gc=u):Pc(t,e),Ic(e),i&8192){if(u=e.memoizedState!==null,(e.stateNode.isHidden=u)&&!d&&e.mode&1)for(K=e,d=e.child;d!==null;){for(f=K=d;K!==null;){switch(p=K,m=p.child,p.tag){case 0:case 11:case 14:case 15:Sc(4,p,p.return);break;case 1:vc(p,p.return);var h=p.stateNode;if(typeof h.componentWillUnmount==`function`){i=p,n=p.return;try{t=i,h.props=t.memoizedProps,h.state=t.memoizedState,h.componentWillUnmount()}catch(e){$(i,n,e)}}break;case 5:vc(p,p.return);break;case 22:if(p.memoizedState!==null){Bc(f);continue}}m===null?Bc(f):(m.return=p,K=m)}d=d.sibling}a:for(d=null,f=e;;){if(f.tag===5){if(d===null){d=f;try{a=f.stateNode,u?(o=a.style,typeof o.setProperty==`function`?o.setProperty(`display`,`none`,`important`):o.display=`none`):(c=f.stateNode,l=f.memoizedProps.style,s=l!=null&&l.hasOwnProperty(`display`)?l.display:null,c.style.display=Je(`display`,s))}catch(t){$(e,e.return,t)}}}else if(f.tag===6){if(d===null)try{f.stateNode.nodeValue=u?``:f.memoizedProps}catch(t){$(e,e.return,t)}}else if((f.tag!==22&&f.tag!==23||f.memoizedState===null||f===e)&&f.child!==null){f.child.return=f,f=f.child;continue}if(f===e)break a;for(;f.sibling===null;){if(f.return===null||f.return===e)break a;d===f&&(d=null),f=f.return}d===f&&(d=null),f.sibling.return=f.return,f=f.sibling}}break;case 19:Pc(t,e),Ic(e),i&4&&Nc(e);break;case 21:break;default:Pc(t,e),Ic(e)}}function Ic(e){var t=e.flags;if(t&2){try{a:{for(var n=e.return;n!==null;){if(Ec(n)){var i=n;break a}n=n.return}throw Error(r(160))}switch(i.tag){case 5:var a=i.stateNode;i.flags&32&&(Ge(a,``),i.flags&=-33),kc(e,Dc(e),a);break;case 3:case 4:var o=i.stateNode.containerInfo;Oc(e,Dc(e),o);break;default:throw Error(r(161))}}catch(t){$(e,e.return,t)}e.flags&=-3}t&4096&&(e.flags&=-4097)}function Lc(e,t,n){K=e,Rc(e,t,n)}function Rc(e,t,n){for(var r=!!(e.mode&1);K!==null;){var i=K,a=i.child;if(i.tag===22&&r){var o=i.memoizedState!==null||hc;if(!o){var s=i.alternate,c=s!==null&&s.memoizedState!==null||gc;s=hc;var l=gc;if(hc=o,(gc=c)&&!l)for(K=i;K!==null;)o=K,c=o.child,o.tag===22&&o.memoizedState!==null||c===null?Vc(i):(c.return=o,K=c);for(;a!==null;)K=a,Rc(a,t,n),a=a.sibling;K=i,hc=s,gc=l}zc(e,t,n)}else i.subtreeFlags&8772&&a!==null?(a.return=i,K=a):zc(e,t,n)}}function zc(e){for(;K!==null;){var t=K;if(t.flags&8772){var n=t.alternate;try{if(t.flags&8772)switch(t.tag){case 0:case 11:case 15:gc||Cc(5,t);break;case 1:var i=t.stateNode;if(t.flags&4&&!gc){if(n===null)i.componentDidMount();else{var a=t.elementType===t.type?n.memoizedProps:Ss(t.type,n.memoizedProps);i.componentDidUpdate(a,n.memoizedState,i.__reactInternalSnapshotBeforeUpdate)}}var o=t.updateQueue;o!==null&&ho(t,o,i);break;case 3:var s=t.updateQueue;if(s!==null){if(n=null,t.child!==null)switch(t.child.tag){case 5:n=t.child.stateNode;break;case 1:n=t.child.stateNode}ho(t,s,n)}break;case 5:var c=t.stateNode;if(n===null&&t.flags&4){n=c;var l=t.memoizedProps;switch(t.type){case`button`:case`input`:case`select`:case`textarea`:l.autoFocus&&n.focus();break;case`img`:l.src&&(n.src=l.src)}}break;case 6:break;case 4:break;case 12:break;case 13:if(t.memoizedState===null){var u=t.alternate;if(u!==null){var d=u.memoizedState;if(d!==null){var f=d.dehydrated;f!==null&&Cn(f)}}}break;case 19:case 17:case 21:case 22:case 23:case 25:break;default:throw Error(r(163))}gc||t.flags&512&&wc(t)}catch(e){$(t,t.return,e)}}if(t===e){K=null;break}if(n=t.sibling,n!==null){n.return=t.return,K=n;break}K=t.return}}function Bc(e){for(;K!==null;){var t=K;if(t===e){K=null;break}var n=t.sibling;if(n!==null){n.return=t.return,K=n;break}K=t.return}}function Vc(e){for(;K!==null;){var t=K;try{switch(t.tag){case 0:case 11:case 15:var n=t.return;try{Cc(4,t)}catch(e){$(t,n,e)}break;case 1:var r=t.stateNode;if(typeof r.componentDidMount==`function`){var i=t.return;try{r.componentDidMount()}catch(e){$(t,i,e)}}var a=t.return;try{wc(t)}catch(e){$(t,a,e)}break;case 5:var o=t.return;try{wc(t)}catch(e){$(t,o,e)}}}catch(e){$(t,t.return,e)}if(t===e){K=null;break}var s=t.sibling;if(s!==null){s.return=t.return,K=s;break}K=t.return}}var Hc=Math.ceil,Uc=x.ReactCurrentDispatcher,Wc=x.ReactCurrentOwner,Gc=x.ReactCurrentBatchConfig,J=0,Y=null,X=null,Z=0,Kc=0,qc=ea(0),Q=0,Jc=null,Yc=0,Xc=0,Zc=0,Qc=null,$c=null,el=0,tl=1/0,nl=null,rl=!1,il=null,al=null,ol=!1,sl=null,cl=0,ll=0,ul=null,dl=-1,fl=0;function pl(){return J&6?E():dl===-1?dl=E():dl}function ml(e){return e.mode&1?J&2&&Z!==0?Z&-Z:Ba.transition===null?(e=k,e===0&&(e=window.event,e=e===void 0?16:jn(e.type)),e):(fl===0&&(fl=O()),fl):1}function hl(e,t,n,i){if(50<ll)throw ll=0,ul=null,Error(r(185));Xt(e,n,i),J&2&&e===Y||(e===Y&&(!(J&2)&&(Xc|=n),Q===4&&xl(e,Z)),gl(e,i),n===1&&J===0&&!(t.mode&1)&&(tl=E()+500,da&&ha()))}function gl(e,t){var n=e.callbackNode;qt(e,t);var r=Gt(e,e===Y?Z:0);if(r===0)n!==null&&Dt(n),e.callbackNode=null,e.callbackPriority=0;else if(t=r&-r,e.callbackPriority!==t){if(n!=null&&Dt(n),t===1)e.tag===0?ma(Sl.bind(null,e)):pa(Sl.bind(null,e)),Ii(function(){!(J&6)&&ha()}),n=null;else{switch($t(r)){case 1:n=jt;break;case 4:n=Mt;break;case 16:n=Nt;break;case 536870912:n=Ft;break;default:n=Nt}n=Wl(n,_l.bind(null,e))}e.callbackPriority=t,e.callbackNode=n}}function _l(e,t){if(dl=-1,fl=0,J&6)throw Error(r(327));var n=e.callbackNode;if(Ll()&&e.callbackNode!==n)return null;var i=Gt(e,e===Y?Z:0);if(i===0)return null;if(i&30||(i&e.expiredLanes)!==0||t)t=Al(e,i);else{t=i;var a=J;J|=2;var o=Ol();(Y!==e||Z!==t)&&(nl=null,tl=E()+500,El(e,t));do try{Ml();break}catch(t){Dl(e,t)}while(1);Za(),Uc.current=o,J=a,X===null?(Y=null,Z=0,t=Q):t=0}if(t!==0){if(t===2&&(a=Jt(e),a!==0&&(i=a,t=vl(e,a))),t===1)throw n=Jc,El(e,0),xl(e,i),gl(e,E()),n;if(t===6)xl(e,i);else{if(a=e.current.alternate,!(i&30)&&!bl(a)&&(t=Al(e,i),t===2&&(o=Jt(e),o!==0&&(i=o,t=vl(e,o))),t===1))throw n=Jc,El(e,0),xl(e,i),gl(e,E()),n;switch(e.finishedWork=a,e.finishedLanes=i,t){case 0:case 1:throw Error(r(345));case 2:Fl(e,$c,nl);break;case 3:if(xl(e,i),(i&130023424)===i&&(t=el+500-E(),10<t)){if(Gt(e,0)!==0)break;if(a=e.suspendedLanes,(a&i)!==i){pl(),e.pingedLanes|=e.suspendedLanes&a;break}e.timeoutHandle=Ni(Fl.bind(null,e,$c,nl),t);break}Fl(e,$c,nl);break;case 4:if(xl(e,i),(i&4194240)===i)break;for(t=e.eventTimes,a=-1;0<i;){var s=31-zt(i);o=1<<s,s=t[s],s>a&&(a=s),i&=~o}if(i=a,i=E()-i,i=(120>i?120:480>i?480:1080>i?1080:1920>i?1920:3e3>i?3e3:4320>i?4320:1960*Hc(i/1960))-i,10<i){e.timeoutHandle=Ni(Fl.bind(null,e,$c,nl),i);break}Fl(e,$c,nl);break;case 5:Fl(e,$c,nl);break;default:throw Error(r(329))}}}return gl(e,E()),e.callbackNode===n?_l.bind(null,e):null}function vl(e,t){var n=Qc;return e.current.memoizedState.isDehydrated&&(El(e,t).flags|=256),e=Al(e,t),e!==2&&(t=$c,$c=n,t!==null&&yl(t)),e}function yl(e){$c===null?$c=e:$c.push.apply($c,e)}function bl(e){for(var t=e;;){if(t.flags&16384){var n=t.updateQueue;if(n!==null&&(n=n.stores,n!==null))for(var r=0;r<n.length;r++){var i=n[r],a=i.getSnapshot;i=i.value;try{if(!zr(a(),i))return!1}catch{return!1}}}if(n=t.child,t.subtreeFlags&16384&&n!==null)n.return=t,t=n;else{if(t===e)break;for(;t.sibling===null;){if(t.return===null||t.return===e)return!0;t=t.return}t.sibling.return=t.return,t=t.sibling}}return!0}function xl(e,t){for(t&=~Zc,t&=~Xc,e.suspendedLanes|=t,e.pingedLanes&=~t,e=e.expirationTimes;0<t;){var n=31-zt(t),r=1<<n;e[n]=-1,t&=~r}}function Sl(e){if(J&6)throw Error(r(327));Ll();var t=Gt(e,0);if(!(t&1))return gl(e,E()),null;var n=Al(e,t);if(e.tag!==0&&n===2){var i=Jt(e);i!==0&&(t=i,n=vl(e,i))}if(n===1)throw n=Jc,El(e,0),xl(e,t),gl(e,E()),n;if(n===6)throw Error(r(345));return e.finishedWork=e.current.alternate,e.finishedLanes=t,Fl(e,$c,nl),gl(e,E()),null}function Cl(e,t){var n=J;J|=1;try{return e(t)}finally{J=n,J===0&&(tl=E()+500,da&&ha())}}function wl(e){sl!==null&&sl.tag===0&&!(J&6)&&Ll();var t=J;J|=1;var n=Gc.transition,r=k;try{if(Gc.transition=null,k=1,e)return e()}finally{k=r,Gc.transition=n,J=t,!(J&6)&&ha()}}function Tl(){Kc=qc.current,P(qc)}function El(e,t){e.finishedWork=null,e.finishedLanes=0;var n=e.timeoutHandle;if(n!==-1&&(e.timeoutHandle=-1,Pi(n)),X!==null)for(n=X.return;n!==null;){var r=n;switch(Da(r),r.tag){case 1:r=r.type.childContextTypes,r!=null&&aa();break;case 3:So(),P(na),P(I),Do();break;case 5:wo(r);break;case 4:So();break;case 13:P(B);break;case 19:P(B);break;case 10:Qa(r.type._context);break;case 22:case 23:Tl()}n=n.return}if(Y=e,X=e=Yl(e.current,null),Z=Kc=t,Q=0,Jc=null,Zc=Xc=Yc=0,$c=Qc=null,no!==null){for(t=0;t<no.length;t++)if(n=no[t],r=n.interleaved,r!==null){n.interleaved=null;var i=r.next,a=n.pending;if(a!==null){var o=a.next;a.next=i,r.next=o}n.pending=r}no=null}return e}function Dl(e,t){do{var n=X;try{if(Za(),Oo.current=vs,jo){for(var i=V.memoizedState;i!==null;){var a=i.queue;a!==null&&(a.pending=null),i=i.next}jo=!1}if(Ao=0,U=H=V=null,Mo=!1,No=0,Wc.current=null,n===null||n.return===null){Q=1,Jc=t,X=null;break}a:{var o=e,s=n.return,c=n,l=t;if(t=Z,c.flags|=32768,typeof l==`object`&&l&&typeof l.then==`function`){var u=l,d=c,f=d.tag;if(!(d.mode&1)&&(f===0||f===11||f===15)){var p=d.alternate;p?(d.updateQueue=p.updateQueue,d.memoizedState=p.memoizedState,d.lanes=p.lanes):(d.updateQueue=null,d.memoizedState=null)}var m=Is(s);if(m!==null){m.flags&=-257,Ls(m,s,c,o,t),m.mode&1&&Fs(o,u,t),t=m,l=u;var h=t.updateQueue;if(h===null){var g=new Set;g.add(l),t.updateQueue=g}else h.add(l);break a}if(!(t&1)){Fs(o,u,t),kl();break a}l=Error(r(426))}else if(z&&c.mode&1){var _=Is(s);if(_!==null){!(_.flags&65536)&&(_.flags|=256),Ls(_,s,c,o,t),za(ks(l,c));break a}}o=l=ks(l,c),Q!==4&&(Q=2),Qc===null?Qc=[o]:Qc.push(o),o=s;do{switch(o.tag){case 3:o.flags|=65536,t&=-t,o.lanes|=t;var v=Ns(o,l,t);po(o,v);break a;case 1:c=l;var y=o.type,b=o.stateNode;if(!(o.flags&128)&&(typeof y.getDerivedStateFromError==`function`||b!==null&&typeof b.componentDidCatch==`function`&&(al===null||!al.has(b)))){o.flags|=65536,t&=-t,o.lanes|=t;var ee=Ps(o,c,t);po(o,ee);break a}}o=o.return}while(o!==null)}Pl(n)}catch(e){t=e,X===n&&n!==null&&(X=n=n.return);continue}break}while(1)}function Ol(){var e=Uc.current;return Uc.current=vs,e===null?vs:e}function kl(){(Q===0||Q===3||Q===2)&&(Q=4),Y===null||!(Yc&268435455)&&!(Xc&268435455)||xl(Y,Z)}function Al(e,t){var n=J;J|=2;var i=Ol();(Y!==e||Z!==t)&&(nl=null,El(e,t));do try{jl();break}catch(t){Dl(e,t)}while(1);if(Za(),J=n,Uc.current=i,X!==null)throw Error(r(261));return Y=null,Z=0,Q}function jl(){for(;X!==null;)Nl(X)}function Ml(){for(;X!==null&&!Ot();)Nl(X)}function Nl(e){var t=Ul(e.alternate,e,Kc);e.memoizedProps=e.pendingProps,t===null?Pl(e):X=t,Wc.current=null}function Pl(e){var t=e;do{var n=t.alternate;if(e=t.return,t.flags&32768){if(n=mc(n,t),n!==null){n.flags&=32767,X=n;return}if(e!==null)e.flags|=32768,e.subtreeFlags=0,e.deletions=null;else{Q=6,X=null;return}}else if(n=pc(n,t,Kc),n!==null){X=n;return}if(t=t.sibling,t!==null){X=t;return}X=t=e}while(t!==null);Q===0&&(Q=5)}function Fl(e,t,n){var r=k,i=Gc.transition;try{Gc.transition=null,k=1,Il(e,t,n,r)}finally{Gc.transition=i,k=r}return null}function Il(e,t,n,i){do Ll();while(sl!==null);if(J&6)throw Error(r(327));n=e.finishedWork;var a=e.finishedLanes;if(n===null)return null;if(e.finishedWork=null,e.finishedLanes=0,n===e.current)throw Error(r(177));e.callbackNode=null,e.callbackPriority=0;var o=n.lanes|n.childLanes;if(Zt(e,o),e===Y&&(X=Y=null,Z=0),!(n.subtreeFlags&2064)&&!(n.flags&2064)||ol||(ol=!0,Wl(Nt,function(){return Ll(),null})),o=!!(n.flags&15990),n.subtreeFlags&15990||o){o=Gc.transition,Gc.transition=null;var s=k;k=1;var c=J;J|=4,Wc.current=null,xc(e,n),Fc(n,e),Kr(ji),Tn=!!Ai,ji=Ai=null,e.current=n,Lc(n,e,a),kt(),J=c,k=s,Gc.transition=o}else e.current=n;if(ol&&(ol=!1,sl=e,cl=a),o=e.pendingLanes,o===0&&(al=null),Rt(n.stateNode,i),gl(e,E()),t!==null)for(i=e.onRecoverableError,n=0;n<t.length;n++)a=t[n],i(a.value,{componentStack:a.stack,digest:a.digest});if(rl)throw rl=!1,e=il,il=null,e;return cl&1&&e.tag!==0&&Ll(),o=e.pendingLanes,o&1?e===ul?ll++:(ll=0,ul=e):ll=0,ha(),null}function Ll(){if(sl!==null){var e=$t(cl),t=Gc.transition,n=k;try{if(Gc.transition=null,k=16>e?16:e,sl===null)var i=!1;else{if(e=sl,sl=null,cl=0,J&6)throw Error(r(331));var a=J;for(J|=4,K=e.current;K!==null;){var o=K,s=o.child;if(K.flags&16){var c=o.deletions;if(c!==null){for(var l=0;l<c.length;l++){var u=c[l];for(K=u;K!==null;){var d=K;switch(d.tag){case 0:case 11:case 15:Sc(8,d,o)}var f=d.child;if(f!==null)f.return=d,K=f;else for(;K!==null;){d=K;var p=d.sibling,m=d.return;if(Tc(d),d===u){K=null;break}if(p!==null){p.return=m,K=p;break}K=m}}}var h=o.alternate;if(h!==null){var g=h.child;if(g!==null){h.child=null;do{var _=g.sibling;g.sibling=null,g=_}while(g!==null)}}K=o}}if(o.subtreeFlags&2064&&s!==null)s.return=o,K=s;else b:for(;K!==null;){if(o=K,o.flags&2048)switch(o.tag){case 0:case 11:case 15:Sc(9,o,o.return)}var v=o.sibling;if(v!==null){v.return=o.return,K=v;break b}K=o.return}}var y=e.current;for(K=y;K!==null;){s=K;var b=s.child;if(s.subtreeFlags&2064&&b!==null)b.return=s,K=b;else b:for(s=y;K!==null;){if(c=K,c.flags&2048)try{switch(c.tag){case 0:case 11:case 15:Cc(9,c)}}catch(e){$(c,c.return,e)}if(c===s){K=null;break b}var ee=c.sibling;if(ee!==null){ee.return=c.return,K=ee;break b}K=c.return}}if(J=a,ha(),Lt&&typeof Lt.onPostCommitFiberRoot==`function`)try{Lt.onPostCommitFiberRoot(It,e)}catch{}i=!0}return i}finally{k=n,Gc.transition=t}}return!1}function Rl(e,t,n){t=ks(n,t),t=Ns(e,t,1),e=uo(e,t,1),t=pl(),e!==null&&(Xt(e,1,t),gl(e,t))}function $(e,t,n){if(e.tag===3)Rl(e,e,n);else for(;t!==null;){if(t.tag===3){Rl(t,e,n);break}if(t.tag===1){var r=t.stateNode;if(typeof t.type.getDerivedStateFromError==`function`||typeof r.componentDidCatch==`function`&&(al===null||!al.has(r))){e=ks(n,e),e=Ps(t,e,1),t=uo(t,e,1),e=pl(),t!==null&&(Xt(t,1,e),gl(t,e));break}}t=t.return}}function zl(e,t,n){var r=e.pingCache;r!==null&&r.delete(t),t=pl(),e.pingedLanes|=e.suspendedLanes&n,Y===e&&(Z&n)===n&&(Q===4||Q===3&&(Z&130023424)===Z&&500>E()-el?El(e,0):Zc|=n),gl(e,t)}function Bl(e,t){t===0&&(e.mode&1?(t=Wt,Wt<<=1,!(Wt&130023424)&&(Wt=4194304)):t=1);var n=pl();e=ao(e,t),e!==null&&(Xt(e,t,n),gl(e,n))}function Vl(e){var t=e.memoizedState,n=0;t!==null&&(n=t.retryLane),Bl(e,n)}function Hl(e,t){var n=0;switch(e.tag){case 13:var i=e.stateNode,a=e.memoizedState;a!==null&&(n=a.retryLane);break;case 19:i=e.stateNode;break;default:throw Error(r(314))}i!==null&&i.delete(t),Bl(e,n)}var Ul=function(e,t,n){if(e!==null){if(e.memoizedProps!==t.pendingProps||na.current)zs=!0;else{if((e.lanes&n)===0&&!(t.flags&128))return zs=!1,cc(e,t,n);zs=!!(e.flags&131072)}}else zs=!1,z&&t.flags&1048576&&Ta(t,ya,t.index);switch(t.lanes=0,t.tag){case 2:var i=t.type;oc(e,t),e=t.pendingProps;var a=ia(t,I.current);eo(t,n),a=Io(null,t,i,e,a,n);var o=Lo();return t.flags|=1,typeof a==`object`&&a&&typeof a.render==`function`&&a.$$typeof===void 0?(t.tag=1,t.memoizedState=null,t.updateQueue=null,L(i)?(o=!0,ca(t)):o=!1,t.memoizedState=a.state!==null&&a.state!==void 0?a.state:null,so(t),a.updater=ws,t.stateNode=a,a._reactInternals=t,Os(t,i,e,n),t=Js(null,t,i,!0,o,n)):(t.tag=0,z&&o&&Ea(t),Bs(null,t,a,n),t=t.child),t;case 16:i=t.elementType;a:{switch(oc(e,t),e=t.pendingProps,a=i._init,i=a(i._payload),t.type=i,a=t.tag=Jl(i),e=Ss(i,e),a){case 0:t=Ks(null,t,i,e,n);break a;case 1:t=qs(null,t,i,e,n);break a;case 11:t=Vs(null,t,i,e,n);break a;case 14:t=Hs(null,t,i,Ss(i.type,e),n);break a}throw Error(r(306,i,``))}return t;case 0:return i=t.type,a=t.pendingProps,a=t.elementType===i?a:Ss(i,a),Ks(e,t,i,a,n);case 1:return i=t.type,a=t.pendingProps,a=t.elementType===i?a:Ss(i,a),qs(e,t,i,a,n);case 3:a:{if(Ys(t),e===null)throw Error(r(387));i=t.pendingProps,o=t.memoizedState,a=o.element,co(e,t),mo(t,i,null,n);var s=t.memoizedState;if(i=s.element,o.isDehydrated){if(o={element:i,isDehydrated:!1,cache:s.cache,pendingSuspenseBoundaries:s.pendingSuspenseBoundaries,transitions:s.transitions},t.updateQueue.baseState=o,t.memoizedState=o,t.flags&256){a=ks(Error(r(423)),t),t=Xs(e,t,i,n,a);break a}if(i!==a){a=ks(Error(r(424)),t),t=Xs(e,t,i,n,a);break a}for(ka=zi(t.stateNode.containerInfo.firstChild),Oa=t,z=!0,Aa=null,n=Ka(t,null,i,n),t.child=n;n;)n.flags=n.flags&-3|4096,n=n.sibling}else{if(Ra(),i===a){t=sc(e,t,n);break a}Bs(e,t,i,n)}t=t.child}return t;case 5:return Co(t),e===null&&Pa(t),i=t.type,a=t.pendingProps,o=e===null?null:e.memoizedProps,s=a.children,Mi(i,a)?s=null:o!==null&&Mi(i,o)&&(t.flags|=32),Gs(e,t),Bs(e,t,s,n),t.child;case 6:return e===null&&Pa(t),null;case 13:return $s(e,t,n);case 4:return xo(t,t.stateNode.containerInfo),i=t.pendingProps,e===null?t.child=Ga(t,null,i,n):Bs(e,t,i,n),t.child;case 11:return i=t.type,a=t.pendingProps,a=t.elementType===i?a:Ss(i,a),Vs(e,t,i,a,n);case 7:return Bs(e,t,t.pendingProps,n),t.child;case 8:return Bs(e,t,t.pendingProps.children,n),t.child;case 12:return Bs(e,t,t.pendingProps.children,n),t.child;case 10:a:{if(i=t.type._context,a=t.pendingProps,o=t.memoizedProps,s=a.value,F(qa,i._currentValue),i._currentValue=s,o!==null){if(zr(o.value,s)){if(o.children===a.children&&!na.current){t=sc(e,t,n);break a}}else for(o=t.child,o!==null&&(o.return=t);o!==null;){var c=o.dependencies;if(c!==null){s=o.child;for(var l=c.firstContext;l!==null;){if(l.context===i){if(o.tag===1){l=lo(-1,n&-n),l.tag=2;var u=o.updateQueue;if(u!==null){u=u.shared;var d=u.pending;d===null?l.next=l:(l.next=d.next,d.next=l),u.pending=l}}o.lanes|=n,l=o.alternate,l!==null&&(l.lanes|=n),$a(o.return,n,t),c.lanes|=n;break}l=l.next}}else if(o.tag===10)s=o.type===t.type?null:o.child;else if(o.tag===18){if(s=o.return,s===null)throw Error(r(341));s.lanes|=n,c=s.alternate,c!==null&&(c.lanes|=n),$a(s,n,t),s=o.sibling}else s=o.child;if(s!==null)s.return=o;else for(s=o;s!==null;){if(s===t){s=null;break}if(o=s.sibling,o!==null){o.return=s.return,s=o;break}s=s.return}o=s}}Bs(e,t,a.children,n),t=t.child}return t;case 9:return a=t.type,i=t.pendingProps.children,eo(t,n),a=to(a),i=i(a),t.flags|=1,Bs(e,t,i,n),t.child;case 14:return i=t.type,a=Ss(i,t.pendingProps),a=Ss(i.type,a),Hs(e,t,i,a,n);case 15:return Us(e,t,t.type,t.pendingProps,n);case 17:return i=t.type,a=t.pendingProps,a=t.elementType===i?a:Ss(i,a),oc(e,t),t.tag=1,L(i)?(e=!0,ca(t)):e=!1,eo(t,n),Es(t,i,a),Os(t,i,a,n),Js(null,t,i,!0,e,n);case 19:return ac(e,t,n);case 22:return Ws(e,t,n)}throw Error(r(156,t.tag))};function Wl(e,t){return Et(e,t)}function Gl(e,t,n,r){this.tag=e,this.key=n,this.sibling=this.child=this.return=this.stateNode=this.type=this.elementType=null,this.index=0,this.ref=null,this.pendingProps=t,this.dependencies=this.memoizedState=this.updateQueue=this.memoizedProps=null,this.mode=r,this.subtreeFlags=this.flags=0,this.deletions=null,this.childLanes=this.lanes=0,this.alternate=null}function Kl(e,t,n,r){return new Gl(e,t,n,r)}function ql(e){return e=e.prototype,!(!e||!e.isReactComponent)}function Jl(e){if(typeof e==`function`)return+!!ql(e);if(e!=null){if(e=e.$$typeof,e===le)return 11;if(e===S)return 14}return 2}function Yl(e,t){var n=e.alternate;return n===null?(n=Kl(e.tag,t,e.key,e.mode),n.elementType=e.elementType,n.type=e.type,n.stateNode=e.stateNode,n.alternate=e,e.alternate=n):(n.pendingProps=t,n.type=e.type,n.flags=0,n.subtreeFlags=0,n.deletions=null),n.flags=e.flags&14680064,n.childLanes=e.childLanes,n.lanes=e.lanes,n.child=e.child,n.memoizedProps=e.memoizedProps,n.memoizedState=e.memoizedState,n.updateQueue=e.updateQueue,t=e.dependencies,n.dependencies=t===null?null:{lanes:t.lanes,firstContext:t.firstContext},n.sibling=e.sibling,n.index=e.index,n.ref=e.ref,n}function Xl(e,t,n,i,a,o){var s=2;if(i=e,typeof e==`function`)ql(e)&&(s=1);else if(typeof e==`string`)s=5;else a:switch(e){case ie:return Zl(n.children,a,o,t);case ae:s=8,a|=8;break;case oe:return e=Kl(12,n,t,a|2),e.elementType=oe,e.lanes=o,e;case ue:return e=Kl(13,n,t,a),e.elementType=ue,e.lanes=o,e;case de:return e=Kl(19,n,t,a),e.elementType=de,e.lanes=o,e;case pe:return Ql(n,a,o,t);default:if(typeof e==`object`&&e)switch(e.$$typeof){case se:s=10;break a;case ce:s=9;break a;case le:s=11;break a;case S:s=14;break a;case fe:s=16,i=null;break a}throw Error(r(130,e==null?e:typeof e,``))}return t=Kl(s,n,t,a),t.elementType=e,t.type=i,t.lanes=o,t}function Zl(e,t,n,r){return e=Kl(7,e,r,t),e.lanes=n,e}function Ql(e,t,n,r){return e=Kl(22,e,r,t),e.elementType=pe,e.lanes=n,e.stateNode={isHidden:!1},e}function $l(e,t,n){return e=Kl(6,e,null,t),e.lanes=n,e}function eu(e,t,n){return t=Kl(4,e.children===null?[]:e.children,e.key,t),t.lanes=n,t.stateNode={containerInfo:e.containerInfo,pendingChildren:null,implementation:e.implementation},t}function tu(e,t,n,r,i){this.tag=t,this.containerInfo=e,this.finishedWork=this.pingCache=this.current=this.pendingChildren=null,this.timeoutHandle=-1,this.callbackNode=this.pendingContext=this.context=null,this.callbackPriority=0,this.eventTimes=Yt(0),this.expirationTimes=Yt(-1),this.entangledLanes=this.finishedLanes=this.mutableReadLanes=this.expiredLanes=this.pingedLanes=this.suspendedLanes=this.pendingLanes=0,this.entanglements=Yt(0),this.identifierPrefix=r,this.onRecoverableError=i,this.mutableSourceEagerHydrationData=null}function nu(e,t,n,r,i,a,o,s,c){return e=new tu(e,t,n,s,c),t===1?(t=1,!0===a&&(t|=8)):t=0,a=Kl(3,null,null,t),e.current=a,a.stateNode=e,a.memoizedState={element:r,isDehydrated:n,cache:null,transitions:null,pendingSuspenseBoundaries:null},so(a),e}function ru(e,t,n){var r=3<arguments.length&&arguments[3]!==void 0?arguments[3]:null;return{$$typeof:re,key:r==null?null:``+r,children:e,containerInfo:t,implementation:n}}function iu(e){if(!e)return ta;e=e._reactInternals;a:{if(St(e)!==e||e.tag!==1)throw Error(r(170));var t=e;do{switch(t.tag){case 3:t=t.stateNode.context;break a;case 1:if(L(t.type)){t=t.stateNode.__reactInternalMemoizedMergedChildContext;break a}}t=t.return}while(t!==null);throw Error(r(171))}if(e.tag===1){var n=e.type;if(L(n))return sa(e,n,t)}return t}function au(e,t,n,r,i,a,o,s,c){return e=nu(n,r,!0,e,i,a,o,s,c),e.context=iu(null),n=e.current,r=pl(),i=ml(n),a=lo(r,i),a.callback=t??null,uo(n,a,i),e.current.lanes=i,Xt(e,i,r),gl(e,r),e}function ou(e,t,n,r){var i=t.current,a=pl(),o=ml(i);return n=iu(n),t.context===null?t.context=n:t.pendingContext=n,t=lo(a,o),t.payload={element:e},r=r===void 0?null:r,r!==null&&(t.callback=r),e=uo(i,t,o),e!==null&&(hl(e,i,o,a),fo(e,i,o)),o}function su(e){if(e=e.current,!e.child)return null;switch(e.child.tag){case 5:return e.child.stateNode;default:return e.child.stateNode}}function cu(e,t){if(e=e.memoizedState,e!==null&&e.dehydrated!==null){var n=e.retryLane;e.retryLane=n!==0&&n<t?n:t}}function lu(e,t){cu(e,t),(e=e.alternate)&&cu(e,t)}function uu(){return null}var du=typeof reportError==`function`?reportError:function(e){console.error(e)};function fu(e){this._internalRoot=e}pu.prototype.render=fu.prototype.render=function(e){var t=this._internalRoot;if(t===null)throw Error(r(409));ou(e,t,null,null)},pu.prototype.unmount=fu.prototype.unmount=function(){var e=this._internalRoot;if(e!==null){this._internalRoot=null;var t=e.containerInfo;wl(function(){ou(null,e,null,null)}),t[Wi]=null}};function pu(e){this._internalRoot=e}pu.prototype.unstable_scheduleHydration=function(e){if(e){var t=rn();e={blockedOn:null,target:e,priority:t};for(var n=0;n<pn.length&&t!==0&&t<pn[n].priority;n++);pn.splice(n,0,e),n===0&&vn(e)}};function mu(e){return!(!e||e.nodeType!==1&&e.nodeType!==9&&e.nodeType!==11)}function hu(e){return!(!e||e.nodeType!==1&&e.nodeType!==9&&e.nodeType!==11&&(e.nodeType!==8||e.nodeValue!==` react-mount-point-unstable `))}function gu(){}function _u(e,t,n,r,i){if(i){if(typeof r==`function`){var a=r;r=function(){var e=su(o);a.call(e)}}var o=au(t,r,e,0,null,!1,!1,``,gu);return e._reactRootContainer=o,e[Wi]=o.current,vi(e.nodeType===8?e.parentNode:e),wl(),o}for(;i=e.lastChild;)e.removeChild(i);if(typeof r==`function`){var s=r;r=function(){var e=su(c);s.call(e)}}var c=nu(e,0,!1,null,null,!1,!1,``,gu);return e._reactRootContainer=c,e[Wi]=c.current,vi(e.nodeType===8?e.parentNode:e),wl(function(){ou(t,c,n,r)}),c}function vu(e,t,n,r,i){var a=n._reactRootContainer;if(a){var o=a;if(typeof i==`function`){var s=i;i=function(){var e=su(o);s.call(e)}}ou(t,o,e,i)}else o=_u(n,t,e,i,r);return su(o)}en=function(e){switch(e.tag){case 3:var t=e.stateNode;if(t.current.memoizedState.isDehydrated){var n=D(t.pendingLanes);n!==0&&(Qt(t,n|1),gl(t,E()),!(J&6)&&(tl=E()+500,ha()))}break;case 13:wl(function(){var t=ao(e,1);t!==null&&hl(t,e,1,pl())}),lu(e,1)}},tn=function(e){if(e.tag===13){var t=ao(e,134217728);t!==null&&hl(t,e,134217728,pl()),lu(e,134217728)}},nn=function(e){if(e.tag===13){var t=ml(e),n=ao(e,t);n!==null&&hl(n,e,t,pl()),lu(e,t)}},rn=function(){return k},an=function(e,t){var n=k;try{return k=e,t()}finally{k=n}},tt=function(e,t,n){switch(t){case`input`:if(Me(e,n),t=n.name,n.type===`radio`&&t!=null){for(n=e;n.parentNode;)n=n.parentNode;for(n=n.querySelectorAll(`input[name=`+JSON.stringify(``+t)+`][type="radio"]`),t=0;t<n.length;t++){var i=n[t];if(i!==e&&i.form===e.form){var a=Zi(i);if(!a)throw Error(r(90));De(i),Me(i,a)}}}break;case`textarea`:ze(e,n);break;case`select`:t=n.value,t!=null&&Ie(e,!!n.multiple,t,!1)}},st=Cl,ct=wl;var yu={usingClientEntryPoint:!1,Events:[Yi,Xi,Zi,at,ot,Cl]},bu={findFiberByHostInstance:Ji,bundleType:0,version:`18.3.1`,rendererPackageName:`react-dom`},xu={bundleType:bu.bundleType,version:bu.version,rendererPackageName:bu.rendererPackageName,rendererConfig:bu.rendererConfig,overrideHookState:null,overrideHookStateDeletePath:null,overrideHookStateRenamePath:null,overrideProps:null,overridePropsDeletePath:null,overridePropsRenamePath:null,setErrorHandler:null,setSuspenseHandler:null,scheduleUpdate:null,currentDispatcherRef:x.ReactCurrentDispatcher,findHostInstanceByFiber:function(e){return e=Tt(e),e===null?null:e.stateNode},findFiberByHostInstance:bu.findFiberByHostInstance||uu,findHostInstancesForRefresh:null,scheduleRefresh:null,scheduleRoot:null,setRefreshHandler:null,getCurrentFiber:null,reconcilerVersion:`18.3.1-next-f1338f8080-20240426`};if(typeof __REACT_DEVTOOLS_GLOBAL_HOOK__<`u`){var Su=__REACT_DEVTOOLS_GLOBAL_HOOK__;if(!Su.isDisabled&&Su.supportsFiber)try{It=Su.inject(xu),Lt=Su}catch{}}e.__SECRET_INTERNALS_DO_NOT_USE_OR_YOU_WILL_BE_FIRED=yu,e.createPortal=function(e,t){var n=2<arguments.length&&arguments[2]!==void 0?arguments[2]:null;if(!mu(t))throw Error(r(200));return ru(e,t,null,n)},e.createRoot=function(e,t){if(!mu(e))throw Error(r(299));var n=!1,i=``,a=du;return t!=null&&(!0===t.unstable_strictMode&&(n=!0),t.identifierPrefix!==void 0&&(i=t.identifierPrefix),t.onRecoverableError!==void 0&&(a=t.onRecoverableError)),t=nu(e,1,!1,null,null,n,!1,i,a),e[Wi]=t.current,vi(e.nodeType===8?e.parentNode:e),new fu(t)},e.findDOMNode=function(e){if(e==null)return null;if(e.nodeType===1)return e;var t=e._reactInternals;if(t===void 0)throw typeof e.render==`function`?Error(r(188)):(e=Object.keys(e).join(`,`),Error(r(268,e)));return e=Tt(t),e=e===null?null:e.stateNode,e},e.flushSync=function(e){return wl(e)},e.hydrate=function(e,t,n){if(!hu(t))throw Error(r(200));return vu(null,e,t,!0,n)},e.hydrateRoot=function(e,t,n){if(!mu(e))throw Error(r(405));var i=n!=null&&n.hydratedSources||null,a=!1,o=``,s=du;if(n!=null&&(!0===n.unstable_strictMode&&(a=!0),n.identifierPrefix!==void 0&&(o=n.identifierPrefix),n.onRecoverableError!==void 0&&(s=n.onRecoverableError)),t=au(t,null,e,1,n??null,a,!1,o,s),e[Wi]=t.current,vi(e),i)for(e=0;e<i.length;e++)n=i[e],a=n._getVersion,a=a(n._source),t.mutableSourceEagerHydrationData==null?t.mutableSourceEagerHydrationData=[n,a]:t.mutableSourceEagerHydrationData.push(n,a);return new pu(t)},e.render=function(e,t,n){if(!hu(t))throw Error(r(200));return vu(null,e,t,!1,n)},e.unmountComponentAtNode=function(e){if(!hu(e))throw Error(r(40));return e._reactRootContainer?(wl(function(){vu(null,null,e,!1,function(){e._reactRootContainer=null,e[Wi]=null})}),!0):!1},e.unstable_batchedUpdates=Cl,e.unstable_renderSubtreeIntoContainer=function(e,t,n,i){if(!hu(n))throw Error(r(200));if(e==null||e._reactInternals===void 0)throw Error(r(38));return vu(e,t,n,!1,i)},e.version=`18.3.1-next-f1338f8080-20240426`})),m=o(((e,t)=>{function n(){if(typeof __REACT_DEVTOOLS_GLOBAL_HOOK__<`u`&&typeof __REACT_DEVTOOLS_GLOBAL_HOOK__.checkDCE==`function`)try{__REACT_DEVTOOLS_GLOBAL_HOOK__.checkDCE(n)}catch(e){console.error(e)}}n(),t.exports=p()})),h=o((e=>{var t=m();e.createRoot=t.createRoot,e.hydrateRoot=t.hydrateRoot})),g=new Set([`children`,`localName`,`ref`,`style`,`className`]),_=new WeakMap,v=(e,t,n,r,i)=>{let a=i?.[t];a===void 0?(e[t]=n,n==null&&t in HTMLElement.prototype&&e.removeAttribute(t)):n!==r&&((e,t,n)=>{let r=_.get(e);r===void 0&&_.set(e,r=new Map);let i=r.get(t);n===void 0?i!==void 0&&(r.delete(t),e.removeEventListener(t,i)):i===void 0?(r.set(t,i={handleEvent:n}),e.addEventListener(t,i)):i.handleEvent=n})(e,a,n)},y=({react:e,tagName:t,elementClass:n,events:r,displayName:i})=>{let a=new Set(Object.keys(r??{})),o=e.forwardRef(((i,o)=>{let s=e.useRef(new Map),c=e.useRef(null),l={},u={};for(let[e,t]of Object.entries(i))g.has(e)?l[e===`className`?`class`:e]=t:a.has(e)||e in n.prototype?u[e]=t:l[e]=t;return e.useLayoutEffect((()=>{if(c.current===null)return;let e=new Map;for(let t in u)v(c.current,t,i[t],s.current.get(t),r),s.current.delete(t),e.set(t,i[t]);for(let[e,t]of s.current)v(c.current,e,void 0,t,r);s.current=e})),e.useLayoutEffect((()=>{c.current?.removeAttribute(`defer-hydration`)}),[]),l.suppressHydrationWarning=!0,e.createElement(t,{...l,ref:e.useCallback((e=>{c.current=e,typeof o==`function`?o(e):o!==null&&(o.current=e)}),[o])})}));return o.displayName=i??n.name,o},b=c(u()),ee=h(),te=new Map,x={},ne={},re=e=>e.toLowerCase().split(`-`)[0]??``;function ie(e,t){ne[re(e)]=t}function ae(e,t,n){let r=(x[t]??=Intl.DateTimeFormat.supportedLocalesOf(t).length>0)?void 0:ne[re(t)];if(r)return r(e,n);let i=t+JSON.stringify(n),a=te.get(i);return a||te.set(i,a=new Intl.DateTimeFormat(t,n)),a.format(e)}var oe={},se={},ce={};function le(e,t){oe[re(e)]??=t}function ue(e){return se[re(e)]}function de(e){let t=re(e),n=oe[t];if(n&&!se[t])return ce[t]??=n().then(e=>{se[t]=e,e.formatDate&&ie(t,e.formatDate)},()=>void(se[t]={}))}function S(e){for(let t=e;t;){if(t instanceof Element&&t.getAttribute(`lang`))return t.getAttribute(`lang`);t=t.parentNode??(t instanceof ShadowRoot?t.host:null)}}function fe(e,t){return e?.[t]??e?.[re(t)]}function pe(e,t,n){if(!e)return;let r=fe(e,t),i=r&&typeof r==`object`?r[n]:void 0,a=e[n];return i??(typeof a==`object`?void 0:a)}function me(e,t,n={}){return e===void 0?t:typeof e==`function`?e(n):e.replace(/\{(\w+)\}/g,(e,t)=>t in n?String(n[t]):e)}var he=(e,t)=>n=>me(Number(n.count)===1?e:t,``,n),C=new Set,ge;function _e(e,t){C.add(e),ge??=new MutationObserver(()=>{for(let e of C)e.langChanged()});for(let e=t;e instanceof Node;e=e.host)e=e.getRootNode(),ge.observe(e,{attributes:!0,attributeFilter:[`lang`],subtree:!0})}function ve(e){C.delete(e)}var ye=`modulepreload`,be=function(e,t){return new URL(e,t).href},xe={},Se=function(e){return e.pathname.endsWith(`.css`)},Ce=function(e,t,n){if(t in e)return e[t];let r=n();if(!r){e[t]=void 0;return}let i=r.then(()=>{e[t]=void 0},n=>{throw e[t]=void 0,n});return e[t]=i,i},we=function(e,t,n){let r=Promise.resolve();if(t&&t.length>0){let e,i=document.querySelector(`meta[property=csp-nonce]`),a=i?.nonce||i?.getAttribute(`nonce`);function o(e){return Promise.all(e.map(e=>Promise.resolve(e).then(e=>({status:`fulfilled`,value:e}),e=>({status:`rejected`,reason:e}))))}function s(e){return import.meta.resolve?new URL(import.meta.resolve(e)):new URL(e,import.meta.url)}r=o(t.map(t=>{t=be(t,n);let r=s(t),i=Se(r);return Ce(xe,r.href,()=>{if(e===void 0){e={all:new Set,styles:new Set};let t=document.getElementsByTagName(`link`);for(let n=t.length-1;n>=0;n--){let r=t[n];e.all.add(r.href),r.rel===`stylesheet`&&e.styles.add(r.href)}}if((i?e.styles:e.all).has(r.href))return;let t=document.createElement(`link`);if(t.rel=i?`stylesheet`:ye,i||(t.as=`script`),t.crossOrigin=``,t.href=r.href,a&&t.setAttribute(`nonce`,a),document.head.appendChild(t),i)return new Promise((e,n)=>{let i=a=>{t.removeEventListener(`load`,i),t.removeEventListener(`error`,i),a.type===`error`?n(Error(`Unable to preload CSS for ${r}`)):e(a)};t.addEventListener(`load`,i),t.addEventListener(`error`,i)})})}).filter(e=>e!==void 0))}function i(e){let t=new Event(`vite:preloadError`,{cancelable:!0});if(t.payload=e,window.dispatchEvent(t),!t.defaultPrevented)throw e}return r.then(t=>{for(let e of t||[])e.status===`rejected`&&i(e.reason);return e().catch(i)})};le(`cy`,()=>we(()=>import(`./cy-BVXrSFQ2.js`),[],import.meta.url));var Te=class extends Event{constructor(e,t,n,r){super(`context-request`,{bubbles:!0,composed:!0}),this.context=e,this.contextTarget=t,this.callback=n,this.subscribe=r??!1}};function Ee(e){return e}var De=class{constructor(e,t,n,r){if(this.subscribe=!1,this.provided=!1,this.value=void 0,this.t=(e,t)=>{this.unsubscribe&&(this.unsubscribe!==t&&(this.provided=!1,this.unsubscribe()),this.subscribe||this.unsubscribe()),this.value=e,this.host.requestUpdate(),this.provided&&!this.subscribe||(this.provided=!0,this.callback&&this.callback(e,t)),this.unsubscribe=t},this.host=e,t.context!==void 0){let e=t;this.context=e.context,this.callback=e.callback,this.subscribe=e.subscribe??!1}else this.context=t,this.callback=n,this.subscribe=r??!1;this.host.addController(this)}hostConnected(){this.dispatchRequest()}hostDisconnected(){this.unsubscribe&&=(this.unsubscribe(),void 0)}dispatchRequest(){this.host.dispatchEvent(new Te(this.context,this.host,this.t,this.subscribe))}},Oe=class{get value(){return this.o}set value(e){this.setValue(e)}setValue(e,t=!1){let n=t||!Object.is(e,this.o);this.o=e,n&&this.updateObservers()}constructor(e){this.subscriptions=new Map,this.updateObservers=()=>{for(let[e,{disposer:t}]of this.subscriptions)e(this.o,t)},e!==void 0&&(this.value=e)}addCallback(e,t,n){if(!n)return void e(this.value);this.subscriptions.has(e)||this.subscriptions.set(e,{disposer:()=>{this.subscriptions.delete(e)},consumerHost:t});let{disposer:r}=this.subscriptions.get(e);e(this.value,r)}clearCallbacks(){this.subscriptions.clear()}},ke=class extends Event{constructor(e,t){super(`context-provider`,{bubbles:!0,composed:!0}),this.context=e,this.contextTarget=t}},Ae=class extends Oe{constructor(e,t,n){super(t.context===void 0?n:t.initialValue),this.onContextRequest=e=>{if(e.context!==this.context)return;let t=e.contextTarget??e.composedPath()[0];t!==this.host&&(e.stopPropagation(),this.addCallback(e.callback,t,e.subscribe))},this.onProviderRequest=e=>{if(e.context!==this.context||(e.contextTarget??e.composedPath()[0])===this.host)return;let t=new Set;for(let[e,{consumerHost:n}]of this.subscriptions)t.has(e)||(t.add(e),n.dispatchEvent(new Te(this.context,n,e,!0)));e.stopPropagation()},this.host=e,this.context=t.context===void 0?t:t.context,this.attachListeners(),this.host.addController?.(this)}attachListeners(){this.host.addEventListener(`context-request`,this.onContextRequest),this.host.addEventListener(`context-provider`,this.onProviderRequest)}hostConnected(){this.host.dispatchEvent(new ke(this.context,this.host))}},je=class{constructor(){this.pendingContextRequests=new Map,this.onContextProvider=e=>{let t=this.pendingContextRequests.get(e.context);if(t===void 0)return;this.pendingContextRequests.delete(e.context);let{requests:n}=t;for(let{elementRef:t,callbackRef:r}of n){let n=t.deref(),i=r.deref();n===void 0||i===void 0||n.dispatchEvent(new Te(e.context,n,i,!0))}},this.onContextRequest=e=>{if(!0!==e.subscribe)return;let t=e.contextTarget??e.composedPath()[0],n=e.callback,r=this.pendingContextRequests.get(e.context);r===void 0&&this.pendingContextRequests.set(e.context,r={callbacks:new WeakMap,requests:[]});let i=r.callbacks.get(t);i===void 0&&r.callbacks.set(t,i=new WeakSet),i.has(n)||(i.add(n),r.requests.push({elementRef:new WeakRef(t),callbackRef:new WeakRef(n)}))}}attach(e){e.addEventListener(`context-request`,this.onContextRequest),e.addEventListener(`context-provider`,this.onContextProvider)}detach(e){e.removeEventListener(`context-request`,this.onContextRequest),e.removeEventListener(`context-provider`,this.onContextProvider)}};function Me({context:e}){return(t,n)=>{let r=new WeakMap;if(typeof n==`object`)return{get(){return t.get.call(this)},set(e){return r.get(this).setValue(e),t.set.call(this,e)},init(t){return r.set(this,new Ae(this,{context:e,initialValue:t})),t}};{t.constructor.addInitializer((t=>{r.set(t,new Ae(t,{context:e}))}));let i=Object.getOwnPropertyDescriptor(t,n),a;if(i===void 0){let e=new WeakMap;a={get(){return e.get(this)},set(t){r.get(this).setValue(t),e.set(this,t)},configurable:!0,enumerable:!0}}else{let e=i.set;a={...i,set(t){r.get(this).setValue(t),e?.call(this,t)}}}Object.defineProperty(t,n,a);return}}}function Ne({context:e,subscribe:t}){return(n,r)=>{typeof r==`object`?r.addInitializer((function(){new De(this,{context:e,callback:e=>{n.set.call(this,e)},subscribe:t})})):n.constructor.addInitializer((n=>{new De(n,{context:e,callback:e=>{n[r]=e},subscribe:t})}))}}var Pe=globalThis,Fe=Pe.ShadowRoot&&(Pe.ShadyCSS===void 0||Pe.ShadyCSS.nativeShadow)&&`adoptedStyleSheets`in Document.prototype&&`replace`in CSSStyleSheet.prototype,Ie=Symbol(),Le=new WeakMap,Re=class{constructor(e,t,n){if(this._$cssResult$=!0,n!==Ie)throw Error("CSSResult is not constructable. Use `unsafeCSS` or `css` instead.");this.cssText=e,this.t=t}get styleSheet(){let e=this.o,t=this.t;if(Fe&&e===void 0){let n=t!==void 0&&t.length===1;n&&(e=Le.get(t)),e===void 0&&((this.o=e=new CSSStyleSheet).replaceSync(this.cssText),n&&Le.set(t,e))}return e}toString(){return this.cssText}},ze=e=>new Re(typeof e==`string`?e:e+``,void 0,Ie),Be=(e,...t)=>new Re(e.length===1?e[0]:t.reduce((t,n,r)=>t+(e=>{if(!0===e._$cssResult$)return e.cssText;if(typeof e==`number`)return e;throw Error(`Value passed to 'css' function must be a 'css' function result: `+e+`. Use 'unsafeCSS' to pass non-literal values, but take care to ensure page security.`)})(n)+e[r+1],e[0]),e,Ie),Ve=(e,t)=>{if(Fe)e.adoptedStyleSheets=t.map(e=>e instanceof CSSStyleSheet?e:e.styleSheet);else for(let n of t){let t=document.createElement(`style`),r=Pe.litNonce;r!==void 0&&t.setAttribute(`nonce`,r),t.textContent=n.cssText,e.appendChild(t)}},He=Fe?e=>e:e=>e instanceof CSSStyleSheet?(e=>{let t=``;for(let n of e.cssRules)t+=n.cssText;return ze(t)})(e):e,{is:Ue,defineProperty:We,getOwnPropertyDescriptor:Ge,getOwnPropertyNames:Ke,getOwnPropertySymbols:qe,getPrototypeOf:Je}=Object,Ye=globalThis,Xe=Ye.trustedTypes,Ze=Xe?Xe.emptyScript:``,Qe=Ye.reactiveElementPolyfillSupport,$e=(e,t)=>e,et={toAttribute(e,t){switch(t){case Boolean:e=e?Ze:null;break;case Object:case Array:e=e==null?e:JSON.stringify(e)}return e},fromAttribute(e,t){let n=e;switch(t){case Boolean:n=e!==null;break;case Number:n=e===null?null:Number(e);break;case Object:case Array:try{n=JSON.parse(e)}catch{n=null}}return n}},tt=(e,t)=>!Ue(e,t),nt={attribute:!0,type:String,converter:et,reflect:!1,useDefault:!1,hasChanged:tt};Symbol.metadata??=Symbol(`metadata`),Ye.litPropertyMetadata??=new WeakMap;var rt=class extends HTMLElement{static addInitializer(e){this._$Ei(),(this.l??=[]).push(e)}static get observedAttributes(){return this.finalize(),this._$Eh&&[...this._$Eh.keys()]}static createProperty(e,t=nt){if(t.state&&(t.attribute=!1),this._$Ei(),this.prototype.hasOwnProperty(e)&&((t=Object.create(t)).wrapped=!0),this.elementProperties.set(e,t),!t.noAccessor){let n=Symbol(),r=this.getPropertyDescriptor(e,n,t);r!==void 0&&We(this.prototype,e,r)}}static getPropertyDescriptor(e,t,n){let{get:r,set:i}=Ge(this.prototype,e)??{get(){return this[t]},set(e){this[t]=e}};return{get:r,set(t){let a=r?.call(this);i?.call(this,t),this.requestUpdate(e,a,n)},configurable:!0,enumerable:!0}}static getPropertyOptions(e){return this.elementProperties.get(e)??nt}static _$Ei(){if(this.hasOwnProperty($e(`elementProperties`)))return;let e=Je(this);e.finalize(),e.l!==void 0&&(this.l=[...e.l]),this.elementProperties=new Map(e.elementProperties)}static finalize(){if(this.hasOwnProperty($e(`finalized`)))return;if(this.finalized=!0,this._$Ei(),this.hasOwnProperty($e(`properties`))){let e=this.properties,t=[...Ke(e),...qe(e)];for(let n of t)this.createProperty(n,e[n])}let e=this[Symbol.metadata];if(e!==null){let t=litPropertyMetadata.get(e);if(t!==void 0)for(let[e,n]of t)this.elementProperties.set(e,n)}this._$Eh=new Map;for(let[e,t]of this.elementProperties){let n=this._$Eu(e,t);n!==void 0&&this._$Eh.set(n,e)}this.elementStyles=this.finalizeStyles(this.styles)}static finalizeStyles(e){let t=[];if(Array.isArray(e)){let n=new Set(e.flat(1/0).reverse());for(let e of n)t.unshift(He(e))}else e!==void 0&&t.push(He(e));return t}static _$Eu(e,t){let n=t.attribute;return!1===n?void 0:typeof n==`string`?n:typeof e==`string`?e.toLowerCase():void 0}constructor(){super(),this._$Ep=void 0,this.isUpdatePending=!1,this.hasUpdated=!1,this._$Em=null,this._$Ev()}_$Ev(){this._$ES=new Promise(e=>this.enableUpdating=e),this._$AL=new Map,this._$E_(),this.requestUpdate(),this.constructor.l?.forEach(e=>e(this))}addController(e){(this._$EO??=new Set).add(e),this.renderRoot!==void 0&&this.isConnected&&e.hostConnected?.()}removeController(e){this._$EO?.delete(e)}_$E_(){let e=new Map,t=this.constructor.elementProperties;for(let n of t.keys())this.hasOwnProperty(n)&&(e.set(n,this[n]),delete this[n]);e.size>0&&(this._$Ep=e)}createRenderRoot(){let e=this.shadowRoot??this.attachShadow(this.constructor.shadowRootOptions);return Ve(e,this.constructor.elementStyles),e}connectedCallback(){this.renderRoot??=this.createRenderRoot(),this.enableUpdating(!0),this._$EO?.forEach(e=>e.hostConnected?.())}enableUpdating(e){}disconnectedCallback(){this._$EO?.forEach(e=>e.hostDisconnected?.())}attributeChangedCallback(e,t,n){this._$AK(e,n)}_$ET(e,t){let n=this.constructor.elementProperties.get(e),r=this.constructor._$Eu(e,n);if(r!==void 0&&!0===n.reflect){let i=(n.converter?.toAttribute===void 0?et:n.converter).toAttribute(t,n.type);this._$Em=e,i==null?this.removeAttribute(r):this.setAttribute(r,i),this._$Em=null}}_$AK(e,t){let n=this.constructor,r=n._$Eh.get(e);if(r!==void 0&&this._$Em!==r){let e=n.getPropertyOptions(r),i=typeof e.converter==`function`?{fromAttribute:e.converter}:e.converter?.fromAttribute===void 0?et:e.converter;this._$Em=r;let a=i.fromAttribute(t,e.type);this[r]=a??this._$Ej?.get(r)??a,this._$Em=null}}requestUpdate(e,t,n,r=!1,i){if(e!==void 0){let a=this.constructor;if(!1===r&&(i=this[e]),n??=a.getPropertyOptions(e),!((n.hasChanged??tt)(i,t)||n.useDefault&&n.reflect&&i===this._$Ej?.get(e)&&!this.hasAttribute(a._$Eu(e,n))))return;this.C(e,t,n)}!1===this.isUpdatePending&&(this._$ES=this._$EP())}C(e,t,{useDefault:n,reflect:r,wrapped:i},a){n&&!(this._$Ej??=new Map).has(e)&&(this._$Ej.set(e,a??t??this[e]),!0!==i||a!==void 0)||(this._$AL.has(e)||(this.hasUpdated||n||(t=void 0),this._$AL.set(e,t)),!0===r&&this._$Em!==e&&(this._$Eq??=new Set).add(e))}async _$EP(){this.isUpdatePending=!0;try{await this._$ES}catch(e){Promise.reject(e)}let e=this.scheduleUpdate();return e!=null&&await e,!this.isUpdatePending}scheduleUpdate(){return this.performUpdate()}performUpdate(){if(!this.isUpdatePending)return;if(!this.hasUpdated){if(this.renderRoot??=this.createRenderRoot(),this._$Ep){for(let[e,t]of this._$Ep)this[e]=t;this._$Ep=void 0}let e=this.constructor.elementProperties;if(e.size>0)for(let[t,n]of e){let{wrapped:e}=n,r=this[t];!0!==e||this._$AL.has(t)||r===void 0||this.C(t,void 0,n,r)}}let e=!1,t=this._$AL;try{e=this.shouldUpdate(t),e?(this.willUpdate(t),this._$EO?.forEach(e=>e.hostUpdate?.()),this.update(t)):this._$EM()}catch(t){throw e=!1,this._$EM(),t}e&&this._$AE(t)}willUpdate(e){}_$AE(e){this._$EO?.forEach(e=>e.hostUpdated?.()),this.hasUpdated||(this.hasUpdated=!0,this.firstUpdated(e)),this.updated(e)}_$EM(){this._$AL=new Map,this.isUpdatePending=!1}get updateComplete(){return this.getUpdateComplete()}getUpdateComplete(){return this._$ES}shouldUpdate(e){return!0}update(e){this._$Eq&&=this._$Eq.forEach(e=>this._$ET(e,this[e])),this._$EM()}updated(e){}firstUpdated(e){}};rt.elementStyles=[],rt.shadowRootOptions={mode:`open`},rt[$e(`elementProperties`)]=new Map,rt[$e(`finalized`)]=new Map,Qe?.({ReactiveElement:rt}),(Ye.reactiveElementVersions??=[]).push(`2.1.2`);var it=globalThis,at=e=>e,ot=it.trustedTypes,st=ot?ot.createPolicy(`lit-html`,{createHTML:e=>e}):void 0,ct=`$lit$`,lt=`lit$${Math.random().toFixed(9).slice(2)}$`,ut=`?`+lt,dt=`<${ut}>`,ft=document,pt=()=>ft.createComment(``),mt=e=>e===null||typeof e!=`object`&&typeof e!=`function`,ht=Array.isArray,gt=e=>ht(e)||typeof e?.[Symbol.iterator]==`function`,_t=`[ 	
\f\r]`,vt=/<(?:(!--|\/[^a-zA-Z])|(\/?[a-zA-Z][^>\s]*)|(\/?$))/g,yt=/-->/g,bt=/>/g,xt=RegExp(`>|${_t}(?:([^\\s"'>=/]+)(${_t}*=${_t}*(?:[^ \t\n\f\r"'\`<>=]|("|')|))|$)`,`g`),St=/'/g,Ct=/"/g,wt=/^(?:script|style|textarea|title)$/i,w=(e=>(t,...n)=>({_$litType$:e,strings:t,values:n}))(1),Tt=Symbol.for(`lit-noChange`),T=Symbol.for(`lit-nothing`),Et=new WeakMap,Dt=ft.createTreeWalker(ft,129);function Ot(e,t){if(!ht(e)||!e.hasOwnProperty(`raw`))throw Error(`invalid template strings array`);return st===void 0?t:st.createHTML(t)}var kt=(e,t)=>{let n=e.length-1,r=[],i,a=t===2?`<svg>`:t===3?`<math>`:``,o=vt;for(let t=0;t<n;t++){let n=e[t],s,c,l=-1,u=0;for(;u<n.length&&(o.lastIndex=u,c=o.exec(n),c!==null);)u=o.lastIndex,o===vt?c[1]===`!--`?o=yt:c[1]===void 0?c[2]===void 0?c[3]!==void 0&&(o=xt):(wt.test(c[2])&&(i=RegExp(`</`+c[2],`g`)),o=xt):o=bt:o===xt?c[0]===`>`?(o=i??vt,l=-1):c[1]===void 0?l=-2:(l=o.lastIndex-c[2].length,s=c[1],o=c[3]===void 0?xt:c[3]===`"`?Ct:St):o===Ct||o===St?o=xt:o===yt||o===bt?o=vt:(o=xt,i=void 0);let d=o===xt&&e[t+1].startsWith(`/>`)?` `:``;a+=o===vt?n+dt:l>=0?(r.push(s),n.slice(0,l)+ct+n.slice(l)+lt+d):n+lt+(l===-2?t:d)}return[Ot(e,a+(e[n]||`<?>`)+(t===2?`</svg>`:t===3?`</math>`:``)),r]},E=class e{constructor({strings:t,_$litType$:n},r){let i;this.parts=[];let a=0,o=0,s=t.length-1,c=this.parts,[l,u]=kt(t,n);if(this.el=e.createElement(l,r),Dt.currentNode=this.el.content,n===2||n===3){let e=this.el.content.firstChild;e.replaceWith(...e.childNodes)}for(;(i=Dt.nextNode())!==null&&c.length<s;){if(i.nodeType===1){if(i.hasAttributes())for(let e of i.getAttributeNames())if(e.endsWith(ct)){let t=u[o++],n=i.getAttribute(e).split(lt),r=/([.?@])?(.*)/.exec(t);c.push({type:1,index:a,name:r[2],strings:n,ctor:r[1]===`.`?Pt:r[1]===`?`?Ft:r[1]===`@`?It:Nt}),i.removeAttribute(e)}else e.startsWith(lt)&&(c.push({type:6,index:a}),i.removeAttribute(e));if(wt.test(i.tagName)){let e=i.textContent.split(lt),t=e.length-1;if(t>0){i.textContent=ot?ot.emptyScript:``;for(let n=0;n<t;n++)i.append(e[n],pt()),Dt.nextNode(),c.push({type:2,index:++a});i.append(e[t],pt())}}}else if(i.nodeType===8){if(i.data===ut)c.push({type:2,index:a});else{let e=-1;for(;(e=i.data.indexOf(lt,e+1))!==-1;)c.push({type:7,index:a}),e+=lt.length-1}}a++}}static createElement(e,t){let n=ft.createElement(`template`);return n.innerHTML=e,n}};function At(e,t,n=e,r){if(t===Tt)return t;let i=r===void 0?n._$Cl:n._$Co?.[r],a=mt(t)?void 0:t._$litDirective$;return i?.constructor!==a&&(i?._$AO?.(!1),a===void 0?i=void 0:(i=new a(e),i._$AT(e,n,r)),r===void 0?n._$Cl=i:(n._$Co??=[])[r]=i),i!==void 0&&(t=At(e,i._$AS(e,t.values),i,r)),t}var jt=class{constructor(e,t){this._$AV=[],this._$AN=void 0,this._$AD=e,this._$AM=t}get parentNode(){return this._$AM.parentNode}get _$AU(){return this._$AM._$AU}u(e){let{el:{content:t},parts:n}=this._$AD,r=(e?.creationScope??ft).importNode(t,!0);Dt.currentNode=r;let i=Dt.nextNode(),a=0,o=0,s=n[0];for(;s!==void 0;){if(a===s.index){let t;s.type===2?t=new Mt(i,i.nextSibling,this,e):s.type===1?t=new s.ctor(i,s.name,s.strings,this,e):s.type===6&&(t=new Lt(i,this,e)),this._$AV.push(t),s=n[++o]}a!==s?.index&&(i=Dt.nextNode(),a++)}return Dt.currentNode=ft,r}p(e){let t=0;for(let n of this._$AV)n!==void 0&&(n.strings===void 0?n._$AI(e[t]):(n._$AI(e,n,t),t+=n.strings.length-2)),t++}},Mt=class e{get _$AU(){return this._$AM?._$AU??this._$Cv}constructor(e,t,n,r){this.type=2,this._$AH=T,this._$AN=void 0,this._$AA=e,this._$AB=t,this._$AM=n,this.options=r,this._$Cv=r?.isConnected??!0}get parentNode(){let e=this._$AA.parentNode,t=this._$AM;return t!==void 0&&e?.nodeType===11&&(e=t.parentNode),e}get startNode(){return this._$AA}get endNode(){return this._$AB}_$AI(e,t=this){e=At(this,e,t),mt(e)?e===T||e==null||e===``?(this._$AH!==T&&this._$AR(),this._$AH=T):e!==this._$AH&&e!==Tt&&this._(e):e._$litType$===void 0?e.nodeType===void 0?gt(e)?this.k(e):this._(e):this.T(e):this.$(e)}O(e){return this._$AA.parentNode.insertBefore(e,this._$AB)}T(e){this._$AH!==e&&(this._$AR(),this._$AH=this.O(e))}_(e){this._$AH!==T&&mt(this._$AH)?this._$AA.nextSibling.data=e:this.T(ft.createTextNode(e)),this._$AH=e}$(e){let{values:t,_$litType$:n}=e,r=typeof n==`number`?this._$AC(e):(n.el===void 0&&(n.el=E.createElement(Ot(n.h,n.h[0]),this.options)),n);if(this._$AH?._$AD===r)this._$AH.p(t);else{let e=new jt(r,this),n=e.u(this.options);e.p(t),this.T(n),this._$AH=e}}_$AC(e){let t=Et.get(e.strings);return t===void 0&&Et.set(e.strings,t=new E(e)),t}k(t){ht(this._$AH)||(this._$AH=[],this._$AR());let n=this._$AH,r,i=0;for(let a of t)i===n.length?n.push(r=new e(this.O(pt()),this.O(pt()),this,this.options)):r=n[i],r._$AI(a),i++;i<n.length&&(this._$AR(r&&r._$AB.nextSibling,i),n.length=i)}_$AR(e=this._$AA.nextSibling,t){for(this._$AP?.(!1,!0,t);e!==this._$AB;){let t=at(e).nextSibling;at(e).remove(),e=t}}setConnected(e){this._$AM===void 0&&(this._$Cv=e,this._$AP?.(e))}},Nt=class{get tagName(){return this.element.tagName}get _$AU(){return this._$AM._$AU}constructor(e,t,n,r,i){this.type=1,this._$AH=T,this._$AN=void 0,this.element=e,this.name=t,this._$AM=r,this.options=i,n.length>2||n[0]!==``||n[1]!==``?(this._$AH=Array(n.length-1).fill(new String),this.strings=n):this._$AH=T}_$AI(e,t=this,n,r){let i=this.strings,a=!1;if(i===void 0)e=At(this,e,t,0),a=!mt(e)||e!==this._$AH&&e!==Tt,a&&(this._$AH=e);else{let r=e,o,s;for(e=i[0],o=0;o<i.length-1;o++)s=At(this,r[n+o],t,o),s===Tt&&(s=this._$AH[o]),a||=!mt(s)||s!==this._$AH[o],s===T?e=T:e!==T&&(e+=(s??``)+i[o+1]),this._$AH[o]=s}a&&!r&&this.j(e)}j(e){e===T?this.element.removeAttribute(this.name):this.element.setAttribute(this.name,e??``)}},Pt=class extends Nt{constructor(){super(...arguments),this.type=3}j(e){this.element[this.name]=e===T?void 0:e}},Ft=class extends Nt{constructor(){super(...arguments),this.type=4}j(e){this.element.toggleAttribute(this.name,!!e&&e!==T)}},It=class extends Nt{constructor(e,t,n,r,i){super(e,t,n,r,i),this.type=5}_$AI(e,t=this){if((e=At(this,e,t,0)??T)===Tt)return;let n=this._$AH,r=e===T&&n!==T||e.capture!==n.capture||e.once!==n.once||e.passive!==n.passive,i=e!==T&&(n===T||r);r&&this.element.removeEventListener(this.name,this,n),i&&this.element.addEventListener(this.name,this,e),this._$AH=e}handleEvent(e){typeof this._$AH==`function`?this._$AH.call(this.options?.host??this.element,e):this._$AH.handleEvent(e)}},Lt=class{constructor(e,t,n){this.element=e,this.type=6,this._$AN=void 0,this._$AM=t,this.options=n}get _$AU(){return this._$AM._$AU}_$AI(e){At(this,e)}},Rt=it.litHtmlPolyfillSupport;Rt?.(E,Mt),(it.litHtmlVersions??=[]).push(`3.3.3`);var zt=(e,t,n)=>{let r=n?.renderBefore??t,i=r._$litPart$;if(i===void 0){let e=n?.renderBefore??null;r._$litPart$=i=new Mt(t.insertBefore(pt(),e),e,void 0,n??{})}return i._$AI(e),i},Bt=globalThis,Vt=class extends rt{constructor(){super(...arguments),this.renderOptions={host:this},this._$Do=void 0}createRenderRoot(){let e=super.createRenderRoot();return this.renderOptions.renderBefore??=e.firstChild,e}update(e){let t=this.render();this.hasUpdated||(this.renderOptions.isConnected=this.isConnected),super.update(e),this._$Do=zt(t,this.renderRoot,this.renderOptions)}connectedCallback(){super.connectedCallback(),this._$Do?.setConnected(!0)}disconnectedCallback(){super.disconnectedCallback(),this._$Do?.setConnected(!1)}render(){return Tt}};Vt._$litElement$=!0,Vt.finalized=!0,Bt.litElementHydrateSupport?.({LitElement:Vt});var Ht=Bt.litElementPolyfillSupport;Ht?.({LitElement:Vt}),(Bt.litElementVersions??=[]).push(`4.2.2`);var Ut={attribute:!0,type:String,converter:et,reflect:!1,hasChanged:tt},Wt=(e=Ut,t,n)=>{let{kind:r,metadata:i}=n,a=globalThis.litPropertyMetadata.get(i);if(a===void 0&&globalThis.litPropertyMetadata.set(i,a=new Map),r===`setter`&&((e=Object.create(e)).wrapped=!0),a.set(n.name,e),r===`accessor`){let{name:r}=n;return{set(n){let i=t.get.call(this);t.set.call(this,n),this.requestUpdate(r,i,e,!0,n)},init(t){return t!==void 0&&this.C(r,void 0,e,t),t}}}if(r===`setter`){let{name:r}=n;return function(n){let i=this[r];t.call(this,n),this.requestUpdate(r,i,e,!0,n)}}throw Error(`Unsupported decorator location: `+r)};function D(e){return(t,n)=>typeof n==`object`?Wt(e,t,n):((e,t,n)=>{let r=t.hasOwnProperty(n);return t.constructor.createProperty(n,e),r?Object.getOwnPropertyDescriptor(t,n):void 0})(e,t,n)}function Gt(e){return D({...e,state:!0,attribute:!1})}var Kt=Ee(Symbol.for(`hero-elements/config`)),qt;function Jt(){qt||typeof document>`u`||(qt=new je,qt.attach(document.documentElement))}var O=class extends Error{constructor(e,t,n={}){super(t,n.cause===void 0?void 0:{cause:n.cause}),this.name=`HeroError`,this.code=e,this.status=n.status,this.reason=n.reason,this.issues=n.issues??[],this.retryAfter=n.retryAfter}toDetail(){return this.status===void 0?{code:this.code,message:this.message}:{code:this.code,message:this.message,status:this.status}}},Yt={auth:`The Hero API did not accept the access token. Check the token source; signing in again may help.`,network:`The Hero API could not be reached. Check the connection and try again.`,not_found:`The Hero API could not find what was asked for. It may have been removed.`,validation:`The Hero API rejected the request as invalid.`,conflict:`Someone else changed this at the same time. Refresh and try again.`,rate_limited:`Too many requests to the Hero API. Wait a moment and try again.`,server:`The Hero API had a problem. Try again in a moment.`};function Xt(e){return e===401||e===403?`auth`:e===404||e===410?`not_found`:e===409?`conflict`:e===429?`rate_limited`:e>=500?`server`:`validation`}var Zt=/^[a-z][a-z0-9_]{0,63}$/;function Qt(e,t,n){let r=Xt(e),i={status:e};n!==void 0&&(i.retryAfter=n);let a=en(t)?t.message:void 0;typeof a==`string`&&Zt.test(a)&&(i.reason=a),Array.isArray(a)&&(i.issues=a.filter(en).map($t));let o=e===410?`This has expired. Start again.`:Yt[r];if(i.issues?.length){let e=[...new Set(i.issues.map(e=>e.path.join(`.`)).filter(Boolean))];e.length&&(o+=` Check: ${e.join(`, `)}.`)}return new O(r,o,i)}function k(e){return new O(`network`,Yt.network,{cause:e})}function $t(e){let t={path:Array.isArray(e.path)?e.path.filter(e=>typeof e==`string`||typeof e==`number`).map(String):[],code:typeof e.code==`string`?e.code:`invalid`};return typeof e.expected==`string`&&(t.expected=e.expected),t}function en(e){return typeof e==`object`&&!!e}function tn(e){return e instanceof DOMException&&e.name===`AbortError`}function nn(e){return e instanceof O?e:new O(`server`,Yt.server,{cause:e})}var rn={production:`https://api.herohealth.net`,staging:`https://api.staging.htech.app`},an=`staging`,on=`x-practice-group-id`,sn=new Set([429,502,503,504]),cn={retries:3,baseDelayMs:300,maxDelayMs:8e3};function ln(e,t){return t?t.replace(/\/+$/,``):rn[e===`production`?`production`:an]}function un(e={}){return{...cn,...e}}function dn(e,t,n){if(t!==void 0){let e=t*1e3;return e>n.maxDelayMs?void 0:e}let r=Math.min(n.maxDelayMs,n.baseDelayMs*2**e);return r/2+r/2*Math.random()}function fn(e,t){if(e===null||e.trim()===``)return;if(/^\d+$/.test(e.trim()))return Number(e.trim());let n=Date.parse(e);return Number.isNaN(n)?void 0:Math.max(0,(n-t)/1e3)}function pn(e,t){return new Promise((n,r)=>{if(t?.aborted)return r(t.reason);let i=setTimeout(()=>{t?.removeEventListener(`abort`,a),n()},e),a=()=>{clearTimeout(i),r(t?.reason)};t?.addEventListener(`abort`,a,{once:!0})})}function mn(e,t){return t?t.aborted?Promise.reject(t.reason):new Promise((n,r)=>{let i=()=>r(t.reason);t.addEventListener(`abort`,i,{once:!0}),e.then(e=>{t.removeEventListener(`abort`,i),n(e)},e=>{t.removeEventListener(`abort`,i),r(e)})}):e}function hn(e){if(typeof e.tokenProvider==`function`)return{kind:`provider`,provider:e.tokenProvider};if(e.tokenUrl)return{kind:`url`,url:e.tokenUrl};if(e.jwtToken)return{kind:`static`,token:e.jwtToken}}function gn(e){let t=e.split(`.`)[1];if(t)try{let e=t.replace(/-/g,`+`).replace(/_/g,`/`),n=new TextDecoder().decode(Uint8Array.from(atob(e),e=>e.charCodeAt(0))),r=JSON.parse(n).exp;return typeof r==`number`&&Number.isFinite(r)?r*1e3:void 0}catch{return}}var _n=class{#e;#t;#n;#r;#i;constructor(e,t){this.#e=e,this.#t=t,this.#n=t.leewayMs??6e4}async get(e){let t=this.#r;return t&&(t.expiresAt===void 0||this.#t.now()<t.expiresAt-this.#n)?t.token:(this.#i??=this.#a().finally(()=>{this.#i=void 0}),(await mn(this.#i,e)).token)}invalidate(e){this.#r?.token===e&&(this.#r=void 0)}async#a(){let e=await this.#o(),t=gn(e);if(t!==void 0&&t<=this.#t.now())throw new O(`auth`,this.#e.kind===`static`?`The access token (jwt-token) has expired. Give the element a new one, or use token-url or tokenProvider so it can refresh itself.`:`The token source returned an access token that has already expired. Check the host backend’s clock and token route.`);return this.#r={token:e,expiresAt:t},this.#r}async#o(){let e=this.#e;if(e.kind===`static`)return e.token;if(e.kind===`provider`){let t;try{t=await e.provider()}catch(e){throw new O(`auth`,`The tokenProvider function failed to return an access token. Try again; if it keeps failing, check the host application’s token code.`,{cause:e})}if(typeof t!=`string`||t===``)throw new O(`auth`,`The tokenProvider function returned no access token. It must resolve to the token string.`);return t}return this.#s(e.url)}async#s(e){let{fetch:t,now:n,retry:r}=this.#t;for(let i=0;;i++){let a;try{a=await t(e,{credentials:`include`,cache:`no-store`,headers:{accept:`application/json`}})}catch(e){let t=i<r.retries?dn(i,void 0,r):void 0;if(t!==void 0){await pn(t);continue}throw new O(`auth`,`Could not reach the token endpoint (token-url). Check that the host’s token route is running; the next attempt will try again.`,{cause:e})}if(a.ok){let e=await a.json().catch(()=>void 0),t=typeof e==`object`&&e?e.access_token:void 0;if(typeof t==`string`&&t!==``)return t;throw new O(`auth`,`The token endpoint (token-url) answered without an access_token. It must return JSON { "access_token": "..." }.`)}if(a.status===401||a.status===403)throw new O(`auth`,`The token endpoint (token-url) refused to issue a token (HTTP ${a.status}). The user may need to sign in to the host application again.`);let o=i<r.retries&&a.status>=500?dn(i,fn(a.headers.get(`retry-after`),n()),r):void 0;if(o!==void 0)await pn(o);else throw new O(`auth`,`The token endpoint (token-url) failed (HTTP ${a.status}). Check the host’s token route; the next attempt will try again.`)}}},vn=new Set([`GET`,`HEAD`,`PUT`,`DELETE`,`OPTIONS`]),yn=4,bn=class{#e;#t;#n;#r=new Map;constructor(e){this.baseUrl=e.baseUrl.replace(/\/+$/,``),this.tenantId=e.tenantId,this.#e=e.fetch??((e,t)=>globalThis.fetch(e,t)),this.#t=e.now??Date.now,this.#n=un(e.retry),this.tokens=new _n(e.token,{fetch:this.#e,now:this.#t,retry:this.#n})}get(e,...[t]){return this.request(`GET`,e,t)}post(e,...[t]){return this.request(`POST`,e,t)}patch(e,...[t]){return this.request(`PATCH`,e,t)}async listAll(e,t={}){let n=n=>this.request(`GET`,e,{...t,query:{...t.query,page_index:n,page_size:100}}),r=await n(0),i=Math.ceil(r.count/100),a=[r],o=1;return await Promise.all(Array.from({length:Math.min(yn,i-1)},async()=>{for(;o<i;){let e=o++;a[e]=await n(e)}})),{data:a.flatMap(e=>e.data),count:r.count}}async request(e,t,n={}){let r=this.#o(t,n.path,n.query),i=e.toUpperCase(),a=n.idempotent??vn.has(i),o=n.body===void 0?void 0:JSON.stringify(n.body);return i===`GET`?this.#i(r,n.signal,e=>this.#a(i,r,void 0,a,e)):this.#a(i,r,o,a,n.signal)}#i(e,t,n){t?.throwIfAborted();let r=this.#r.get(e);if(!r){let t=new AbortController,i={controller:t,users:0,promise:n(t.signal).finally(()=>{this.#r.get(e)===i&&this.#r.delete(e)})};i.promise.catch(()=>void 0),this.#r.set(e,i),r=i}let i=r;if(i.users++,t){let n=()=>{--i.users===0&&(i.controller.abort(),this.#r.get(e)===i&&this.#r.delete(e))};t.addEventListener(`abort`,n,{once:!0}),i.promise.then(()=>t.removeEventListener(`abort`,n),()=>t.removeEventListener(`abort`,n))}return mn(i.promise,t)}async#a(e,t,n,r,i){let a=!1;for(let o=0;;){i?.throwIfAborted();let s=await this.tokens.get(i),c={accept:`application/json`,authorization:`Bearer ${s}`,[on]:this.tenantId};n!==void 0&&(c[`content-type`]=`application/json`);let l;try{l=await this.#e(t,{method:e,headers:c,body:n??null,signal:i??null})}catch(e){if(i?.aborted)throw i.reason;let t=r&&o<this.#n.retries?dn(o,void 0,this.#n):void 0;if(t===void 0)throw k(e);await pn(t,i),o++;continue}if(l.status===401&&!a){a=!0,this.tokens.invalidate(s);continue}if(!l.ok){let e=fn(l.headers.get(`retry-after`),this.#t());if(r&&sn.has(l.status)&&o<this.#n.retries){let t=dn(o,e,this.#n);if(t!==void 0){l.body?.cancel().catch(()=>void 0),await pn(t,i),o++;continue}}let t=await l.json().catch(()=>void 0);throw Qt(l.status,t,e)}if(l.status===204)return;let u=await l.text();if(!u)return;try{return JSON.parse(u)}catch(e){throw new O(`server`,`The Hero API sent a response the kit could not read. Try again in a moment.`,{status:l.status,cause:e})}}}#o(e,t,n){let r=t??{},i=e.replace(/\{(\w+)\}/g,(e,t)=>{let n=r[t];if(n==null)throw new O(`validation`,`Missing path parameter "${t}".`);return encodeURIComponent(String(n))}),a=new URLSearchParams;for(let[e,t]of Object.entries(n??{}))if(t!=null)for(let n of Array.isArray(t)?t:[t])a.append(e,String(n));let o=a.toString();return`${this.baseUrl}${i}${o?`?${o}`:``}`}},xn=new Map,Sn=new WeakMap,Cn=1,wn=16;function Tn(e){switch(e.kind){case`provider`:{let t=Sn.get(e.provider);return t===void 0&&Sn.set(e.provider,t=Cn++),`provider:${t}`}case`url`:return`url:${e.url}`;case`static`:return`static:${e.token}`}}function En(e){if(!e.tenantId)throw new O(`auth`,`No practice group: set tenant-id on the element or on a <hero-provider> around it.`);let t=hn(e);if(!t)throw new O(`auth`,`No access token source: set token-url, jwt-token or tokenProvider on the element or on a <hero-provider> around it.`);let n=ln(e.env,e.baseUrl),r=`${n}\n${e.tenantId}\n${Tn(t)}`,i=xn.get(r);return i||(i=new bn({baseUrl:n,tenantId:e.tenantId,token:t}),xn.set(r,i),xn.size>wn&&xn.delete(xn.keys().next().value)),i}var Dn=function(e,t,n,r){var i=arguments.length,a=i<3?t:r===null?r=Object.getOwnPropertyDescriptor(t,n):r,o;if(typeof Reflect==`object`&&typeof Reflect.decorate==`function`)a=Reflect.decorate(e,t,n,r);else for(var s=e.length-1;s>=0;s--)(o=e[s])&&(a=(i<3?o(a):i>3?o(t,n,a):o(t,n))||a);return i>3&&a&&Object.defineProperty(t,n,a),a},On=[`tenantId`,`env`,`baseUrl`,`jwtToken`,`tokenUrl`,`tokenProvider`,`lang`],kn=class extends Vt{connectedCallback(){Jt(),super.connectedCallback()}get config(){let e={...this.providerConfig??{}};for(let t of On){let n=this[t];n!==void 0&&n!==``&&(e[t]=n)}return e}};Dn([D({attribute:`tenant-id`})],kn.prototype,`tenantId`,void 0),Dn([D()],kn.prototype,`env`,void 0),Dn([D({attribute:`base-url`})],kn.prototype,`baseUrl`,void 0),Dn([D({attribute:`jwt-token`})],kn.prototype,`jwtToken`,void 0),Dn([D({attribute:`token-url`})],kn.prototype,`tokenUrl`,void 0),Dn([D({attribute:!1})],kn.prototype,`tokenProvider`,void 0),Dn([D({reflect:!0})],kn.prototype,`lang`,void 0),Dn([Ne({context:Kt,subscribe:!0}),Gt()],kn.prototype,`providerConfig`,void 0);var An={loading:`Loading…`,retry:`Try again`,"error.auth":`The connection to Hero is not authorised. Sign in again; if this keeps happening, ask your administrator to check the set-up.`,"error.network":`Hero could not be reached. Check your internet connection, then try again.`,"error.not_found":`This could not be found. It may have been changed or removed.`,"error.validation":`Hero could not accept this. Check the details, then try again.`,"error.conflict":`Someone else changed this at the same time. Try again to see the latest.`,"error.rate_limited":`Too many requests were made. Wait a minute, then try again.`,"error.server":`Hero is having a problem. Try again in a few minutes.`,"summary.title":`There is a problem`},jn=class extends kn{constructor(){super(...arguments),this.#e=!1,this.announcement=``}static{this.shadowRootOptions={...Vt.shadowRootOptions,delegatesFocus:!0}}static{this.translations={"en-GB":{}}}#e;connectedCallback(){super.connectedCallback(),_e(this,this),this.langChanged()}disconnectedCallback(){super.disconnectedCallback(),ve(this)}langChanged(){this._lang!==void 0&&this._resolveLang()!==this._lang&&this.requestUpdate()}scheduleUpdate(){let e=de(this._lang=this._resolveLang());return e?e.then(()=>(this._lang=this._resolveLang(),super.scheduleUpdate())):super.scheduleUpdate()}willUpdate(e){if(super.willUpdate(e),!this.hasUpdated||e.has(`providerConfig`)||On.some(t=>e.has(t)))try{this.client=En(this.config),this.configError=void 0}catch(e){this.client=void 0,this.configError=nn(e)}}requireClient(){if(this.client)return this.client;throw this.configError??new O(`auth`,`The element is not configured.`)}get language(){return this._lang??this._resolveLang()}_resolveLang(){return this.lang||S(this)||this.providerConfig?.lang||`en-GB`}get locale(){return/^cy\b/i.test(this.language)?`cy-GB`:`en-GB`}t(e,t){let n=this.constructor,r=this.language,i=ue(r);return me(pe(this.strings,r,e)??fe(n.translations,r)?.[e]??i?.[n.translationKey??`common`]?.[e]??i?.common?.[e]??n.translations[`en-GB`][e]??An[e],e,t)}emit(e,t){return this.dispatchEvent(new CustomEvent(e,{detail:t,bubbles:!0,composed:!0,cancelable:!0}))}async markReady(){this.#e||(this.#e=!0,await this.updateComplete,this.emit(`hero-ready`,{}))}renderError(e,t){return w`<div class="message error" role="alert" part="error">
      <p>${this.t(`error.${nn(e).code}`)}</p>
      ${t?w`<button type="button" class="button secondary" part="retry-button" @click=${t}>${this.t(`retry`)}</button>`:T}
    </div>`}renderErrorSummary(e,t=2,n){return e.length?w`<div id="error-summary" class="error-summary" part="error-summary" tabindex="-1" aria-labelledby="error-summary-title">
      <div role="alert">
        <div id="error-summary-title" class="error-summary-title" role="heading" aria-level=${t}>${this.t(`summary.title`)}</div>
        ${n?w`<p class="error-summary-description">${n}</p>`:T}
        <ul>
          ${e.map(e=>w`<li>
                <a
                  href="#${e.target}"
                  @click=${t=>{t.preventDefault(),this.focusOn(`#${CSS.escape(e.target)}`)}}
                  >${e.message}</a
                >
              </li>`)}
        </ul>
      </div>
    </div>`:T}announce(e){e===this.announcement?(this.announcement=``,this.updateComplete.then(()=>{this.announcement=e})):this.announcement=e}renderAnnouncer(){return w`<div class="visually-hidden" role="status" aria-live="polite" aria-atomic="true">${this.announcement}</div>`}async focusOn(e){await this.updateComplete;let t=this.renderRoot.querySelector(e);t?.focus(),t?.scrollIntoView?.({block:`nearest`})}reportError(e){if(tn(e))return;let t=nn(e);return this.emit(`hero-error`,t.toDetail()),t}};Dn([D({attribute:!1})],jn.prototype,`strings`,void 0),Dn([Gt()],jn.prototype,`client`,void 0),Dn([Gt()],jn.prototype,`configError`,void 0),Dn([Gt()],jn.prototype,`announcement`,void 0);var Mn=function(e,t,n,r){var i=arguments.length,a=i<3?t:r===null?r=Object.getOwnPropertyDescriptor(t,n):r,o;if(typeof Reflect==`object`&&typeof Reflect.decorate==`function`)a=Reflect.decorate(e,t,n,r);else for(var s=e.length-1;s>=0;s--)(o=e[s])&&(a=(i<3?o(a):i>3?o(t,n,a):o(t,n))||a);return i>3&&a&&Object.defineProperty(t,n,a),a},Nn=class extends kn{static{this.styles=Be`:host{display:contents}:host([hidden]){display:none}






  `}willUpdate(e){super.willUpdate(e),(!this.hasUpdated||e.has(`providerConfig`)||On.some(t=>e.has(t)))&&(this.provided=this.config)}render(){return w`<slot></slot>`}};Mn([Me({context:Kt}),Gt()],Nn.prototype,`provided`,void 0),customElements.get(`hero-provider`)||customElements.define(`hero-provider`,Nn);var A={INITIAL:0,PENDING:1,COMPLETE:2,ERROR:3},Pn=Symbol(),Fn=class{get taskComplete(){return this.t||=this.i===1?new Promise(((e,t)=>{this.o=e,this.h=t})):this.i===3?Promise.reject(this.l):Promise.resolve(this.u),this.t}constructor(e,t,n){this.p=0,this.i=0,(this._=e).addController(this);let r=typeof t==`object`?t:{task:t,args:n};this.v=r.task,this.j=r.args,this.m=r.argsEqual??In,this.k=r.onComplete,this.A=r.onError,this.autoRun=r.autoRun??!0,`initialValue`in r&&(this.u=r.initialValue,this.i=2,this.O=this.T?.())}hostUpdate(){!0===this.autoRun&&this.S()}hostUpdated(){this.autoRun===`afterUpdate`&&this.S()}T(){if(this.j===void 0)return;let e=this.j();if(!Array.isArray(e))throw Error(`The args function must return an array`);return e}async S(){let e=this.T(),t=this.O;this.O=e,e===t||e===void 0||t!==void 0&&this.m(t,e)||await this.run(e)}async run(e){let t,n;e??=this.T(),this.O=e,this.i===1?this.q?.abort():(this.t=void 0,this.o=void 0,this.h=void 0),this.i=1,this.autoRun===`afterUpdate`?queueMicrotask((()=>this._.requestUpdate())):this._.requestUpdate();let r=++this.p;this.q=new AbortController;let i=!1;try{t=await this.v(e,{signal:this.q.signal})}catch(e){i=!0,n=e}if(this.p===r){if(t===Pn)this.i=0;else{if(!1===i){try{this.k?.(t)}catch{}this.i=2,this.o?.(t)}else{try{this.A?.(n)}catch{}this.i=3,this.h?.(n)}this.u=t,this.l=n}this._.requestUpdate()}}abort(e){this.i===1&&this.q?.abort(e)}get value(){return this.u}get error(){return this.l}get status(){return this.i}render(e){switch(this.i){case 0:return e.initial?.();case 1:return e.pending?.();case 2:return e.complete?.(this.value);case 3:return e.error?.(this.error);default:throw Error(`Unexpected status: `+this.i)}}},In=(e,t)=>e===t||e.length===t.length&&e.every(((e,n)=>!tt(e,t[n]))),Ln={"date.required":`Enter {label_lower}`,"date.missing_day":`{label} must include a day`,"date.missing_month":`{label} must include a month`,"date.missing_year":`{label} must include a year`,"date.missing_day_month":`{label} must include a day and month`,"date.missing_day_year":`{label} must include a day and year`,"date.missing_month_year":`{label} must include a month and year`,"date.invalid":`{label} must be a real date`,"date.year_length":`Year must include 4 numbers`,"date.past":`{label} must be in the past`,"date.today_or_past":`{label} must be today or in the past`,"date.future":`{label} must be in the future`,"date.today_or_future":`{label} must be today or in the future`,"date.min":`{label} must be the same as or after {date}`,"date.max":`{label} must be the same as or before {date}`},j=[`day`,`month`,`year`],Rn=[`jan`,`feb`,`mar`,`apr`,`may`,`jun`,`jul`,`aug`,`sep`,`oct`,`nov`,`dec`],zn=[`january`,`february`,`march`,`april`,`may`,`june`,`july`,`august`,`september`,`october`,`november`,`december`];function Bn(e){return e%4==0&&e%100!=0||e%400==0}function Vn(e,t){return t===2?Bn(e)?29:28:[4,6,9,11].includes(t)?30:31}var Hn=(e,t=2)=>String(e).padStart(t,`0`);function Un(e,t,n){return`${Hn(e,4)}-${Hn(t)}-${Hn(n)}`}function Wn(e){let t=/^(\d{4})-(\d{2})-(\d{2})$/.exec(e);if(!t)return!1;let[n,r,i]=[Number(t[1]),Number(t[2]),Number(t[3])];return r>=1&&r<=12&&i>=1&&i<=Vn(n,r)}function Gn(e){let t=e?.slice(0,10);return t&&Wn(t)?t:void 0}function Kn(e){let[t=``,n=``,r=``]=e.split(`-`);return{day:String(Number(r)),month:String(Number(n)),year:t}}function qn(e=Date.now()){let t=new Intl.DateTimeFormat(`en-GB`,{timeZone:`Europe/London`,year:`numeric`,month:`2-digit`,day:`2-digit`}).formatToParts(e),n=e=>t.find(t=>t.type===e)?.value??``;return`${n(`year`)}-${n(`month`)}-${n(`day`)}`}function Jn(e){let t=typeof e==`number`?e:Date.parse(e);return Number.isNaN(t)?void 0:qn(t)}function Yn(e,t=`en-GB`,n={dateStyle:`long`}){if(!Wn(e))return e;let[r,i,a]=e.split(`-`).map(Number),o=new Date(Date.UTC(r,i-1,a,12));return o.setUTCFullYear(r),ae(o,t,{...n,timeZone:`UTC`})}function Xn(e){if(/^\d{1,2}$/.test(e))return Number(e);let t=e.toLowerCase().replace(/\.$/,``),n=zn.indexOf(t);if(n>=0)return n+1;let r=Rn.indexOf(t===`sept`?`sep`:t);return r>=0?r+1:void 0}function Zn(e,t={}){let n=e.day.trim(),r=e.month.trim(),i=e.year.trim(),a=j.filter(e=>({day:n,month:r,year:i})[e]===``);if(a.length===3)return t.optional?{ok:!0,date:void 0}:{ok:!1,code:`required`,fields:j};if(a.length)return{ok:!1,code:`missing_${a.join(`_`)}`,fields:a};let o=/^\d{1,2}$/.test(n)?Number(n):NaN,s=Xn(r)??NaN,c=/^\d+$/.test(i)?Number(i):NaN,l=[];if(o>=1&&o<=31||l.push(`day`),s>=1&&s<=12||l.push(`month`),Number.isNaN(c)&&l.push(`year`),l.length)return{ok:!1,code:`invalid`,fields:l};if(i.length!==4)return{ok:!1,code:`year_length`,fields:[`year`]};if(o>Vn(c,s))return{ok:!1,code:`invalid`,fields:[`day`]};let u=Un(c,s,o),d=t.when?t.today??qn():``;switch(t.when){case`past`:if(u>=d)return{ok:!1,code:`past`,fields:j};break;case`today-or-past`:if(u>d)return{ok:!1,code:`today_or_past`,fields:j};break;case`future`:if(u<=d)return{ok:!1,code:`future`,fields:j};break;case`today-or-future`:if(u<d)return{ok:!1,code:`today_or_future`,fields:j}}return t.min&&u<t.min?{ok:!1,code:`min`,fields:j,limit:t.min}:t.max&&u>t.max?{ok:!1,code:`max`,fields:j,limit:t.max}:{ok:!0,date:u}}function Qn(e){return/^\p{Lu}\p{Ll}/u.test(e)?e.charAt(0).toLowerCase()+e.slice(1):e}var $n=function(e,t,n,r){var i=arguments.length,a=i<3?t:r===null?r=Object.getOwnPropertyDescriptor(t,n):r,o;if(typeof Reflect==`object`&&typeof Reflect.decorate==`function`)a=Reflect.decorate(e,t,n,r);else for(var s=e.length-1;s>=0;s--)(o=e[s])&&(a=(i<3?o(a):i>3?o(t,n,a):o(t,n))||a);return i>3&&a&&Object.defineProperty(t,n,a),a},er=class extends jn{constructor(){super(...arguments),this.internals=this.attachInternals(),this.required=!1,this.disabled=!1,this.formDisabled=!1}static{this.formAssociated=!0}get form(){return this.internals.form}get validity(){return this.internals.validity}get validationMessage(){return this.internals.validationMessage}get willValidate(){return this.internals.willValidate}checkValidity(){return this.internals.checkValidity()}reportValidity(){return this.internals.reportValidity()}formDisabledCallback(e){this.formDisabled=e}setStates(e){for(let[t,n]of Object.entries(e))try{n?this.internals.states.add(t):this.internals.states.delete(t)}catch{}}get isDisabled(){return this.disabled||this.formDisabled}};$n([D({reflect:!0})],er.prototype,`name`,void 0),$n([D({type:Boolean,reflect:!0})],er.prototype,`required`,void 0),$n([D({type:Boolean,reflect:!0})],er.prototype,`disabled`,void 0),$n([Gt()],er.prototype,`formDisabled`,void 0);var tr=Be`:host{display:block;box-sizing:border-box;color:var(--hero-color-text,#212b32);font-family:var(--hero-font-family,system-ui,-apple-system,'Segoe UI',Roboto,Arial,sans-serif);font-size:var(--hero-font-size-m,1rem);line-height:var(--hero-line-height,1.5)}:host([hidden]){display:none}*,*::before,*::after{box-sizing:inherit}:focus-visible{outline:var(--hero-focus-ring-width,3px) solid var(--hero-focus-ring-color,#ffb81c);outline-offset:var(--hero-focus-ring-offset,2px)}.visually-hidden{position:absolute !important;width:1px !important;height:1px !important;margin:-1px !important;padding:0 !important;overflow:hidden !important;clip:rect(0 0 0 0) !important;white-space:nowrap !important;border:0 !important}.button{display:inline-flex;align-items:center;justify-content:center;gap:var(--hero-space-s,0.5rem);min-height:var(--hero-target-size,2.75rem);min-width:var(--hero-target-size,2.75rem);padding:var(--hero-space-s,0.5rem) var(--hero-space-m,1rem);border:var(--hero-border-width,1px) solid transparent;border-radius:var(--hero-radius-m,0.5rem);background:var(--hero-color-primary,#005eb8);--_fg:var(--hero-color-on-primary,#ffffff);color:var(--_fg);font:inherit;font-weight:var(--hero-font-weight-bold,600);cursor:pointer;transition:background-color var(--hero-transition-fast,120ms ease-out)}.button:hover{background:var(--hero-color-primary-hover,#004c93)}.button:active{background:var(--hero-color-primary-active,#003d78)}.button[aria-disabled='true'],.button:disabled{opacity:0.6;cursor:not-allowed}.button.secondary{background:var(--hero-color-surface,#ffffff);--_fg:var(--hero-color-primary,#005eb8);border-color:currentColor}.button.secondary:hover{background:var(--hero-color-surface-raised,#f0f4f5)}a,.link,.back{--_fg:var(--hero-color-primary,#005eb8);color:var(--_fg)}.button:focus-visible,a:focus-visible,.link:focus-visible,.back:focus-visible{background-image:linear-gradient(var(--hero-focus-background,transparent),var(--hero-focus-background,transparent));color:var(--hero-focus-text-color,var(--_fg));box-shadow:var(--hero-focus-shadow,none)}p,dl,dd,fieldset{margin:0}fieldset{padding:0;border:0;min-width:0}legend:not(.label){padding:0;margin-block-end:var(--hero-space-s,0.5rem);font-size:var(--hero-font-size-l,1.1875rem);font-weight:var(--hero-font-weight-bold,600)}.loading,.field.loading{display:flex;align-items:center;gap:var(--hero-space-s,0.5rem)}.button.small{padding-block:var(--hero-space-xs,0.25rem);font-size:var(--hero-font-size-s,0.875rem)}.link,.back{min-height:var(--hero-target-size,2.75rem);padding:0 var(--hero-space-xs,0.25rem);border:0;background:none;font:inherit;text-decoration:underline;cursor:pointer}.message{padding:var(--hero-space-m,1rem);border-inline-start:4px solid var(--hero-color-border-strong,#4c6272);border-radius:var(--hero-radius-s,0.25rem);background:var(--hero-color-surface-raised,#f0f4f5)}.message.error{border-color:var(--hero-color-danger,#d5281b);background:var(--hero-color-danger-surface,#fbe9e7)}.spinner{display:inline-block;flex:none;width:1.25em;height:1.25em;border:3px solid var(--hero-color-border,#828e96);border-block-start-color:var(--hero-color-primary,#005eb8);border-radius:50%;vertical-align:-0.25em;animation:hero-spin 0.8s linear infinite}@keyframes hero-spin{to{transform:rotate(1turn)}}@media (prefers-reduced-motion:reduce){.spinner{animation:none}}.error-summary{margin-block-end:var(--hero-space-l,1.5rem);padding:var(--hero-space-m,1rem);border:4px solid var(--hero-color-danger,#d5281b);border-radius:var(--hero-radius-s,0.25rem)}.error-summary-title{margin-block-end:var(--hero-space-s,0.5rem);font-size:var(--hero-font-size-l,1.1875rem);font-weight:var(--hero-font-weight-bold,600)}.error-summary ul{margin:0;padding-inline-start:var(--hero-space-l,1.5rem)}.error-summary a{--_fg:var(--_error,var(--hero-color-danger,#d5281b));font-weight:var(--hero-font-weight-bold,600)}@media (forced-colors:active){.spinner{border-color:CanvasText;border-block-start-color:Highlight}.error-summary{border-color:CanvasText}a,.link,.back{--_fg:LinkText}.button{--_fg:ButtonText;border-color:ButtonText}.button[aria-disabled='true'],.button:disabled{--_fg:GrayText;border-color:GrayText;opacity:1}:focus-visible{outline-color:Highlight;outline-style:solid;outline-width:max(3px,var(--hero-focus-ring-width,3px))}.button:focus-visible,a:focus-visible,.link:focus-visible,.back:focus-visible{background-image:none;color:var(--_fg)}.message{border:1px solid CanvasText}}



































































































































































































































`,nr=Be`.field{display:grid;gap:var(--hero-space-xs,0.25rem)}.field>*{max-width:100%}.field.invalid{padding-inline-start:var(--hero-space-m,1rem);border-inline-start:4px solid var(--_error,var(--hero-color-danger,#d5281b))}.label{padding:0;font-weight:var(--hero-font-weight-bold,600)}.hint{color:var(--hero-color-text-muted,#4c6272)}.error-message{color:var(--_error,var(--hero-color-danger,#d5281b));font-weight:var(--hero-font-weight-bold,600)}.input{width:100%;min-height:var(--hero-target-size,2.75rem);padding:var(--hero-space-xs,0.25rem) var(--hero-space-s,0.5rem);border:2px solid var(--_input-border,var(--hero-color-border-strong,#4c6272));border-radius:var(--hero-radius-s,0.25rem);background:var(--hero-color-surface,#ffffff);color:inherit;font:inherit}.field.invalid>.input,.input[aria-invalid='true']{border-color:var(--_error,var(--hero-color-danger,#d5281b))}.choice{display:flex;align-items:flex-start;gap:var(--hero-space-s,0.5rem);min-height:var(--hero-target-size,2.75rem)}.choice input{flex:none;width:1.5rem;height:1.5rem;margin:0.625rem 0 0;accent-color:var(--_accent,var(--hero-color-primary,#005eb8));cursor:pointer}.choice label{padding-block:0.625rem;cursor:pointer}.choice input:disabled,.choice input:disabled + label{cursor:not-allowed;opacity:0.6}@media (forced-colors:active){.input{border-color:FieldText}.field.invalid{border-color:CanvasText}.field.invalid>.input,.input[aria-invalid='true']{border-width:4px;border-color:CanvasText}:host .input:disabled,:host .choice input:disabled + label{color:GrayText;border-color:GrayText;opacity:1}.choice input{accent-color:auto}}



















































































`,rr=new Set([`string`,`integer`,`boolean`,`datepicker`,`text`,`radio`,`dropdown`,`checkboxes`,`consent`,`paragraph`]),ir=e=>e.type!==`paragraph`&&rr.has(e.type),ar={day:``,month:``,year:``},or=e=>typeof e==`object`&&!!e&&!Array.isArray(e),sr=/^-?\d+$/;function cr(e,t){let n=e.options?.map(e=>e.value)??[];switch(e.type){case`string`:case`text`:return typeof t==`string`&&t.trim()?t.trim():void 0;case`integer`:{let e=typeof t==`string`?t.trim():``;return sr.test(e)?Number(e):void 0}case`boolean`:return typeof t==`boolean`?t:void 0;case`consent`:return t===!0;case`datepicker`:{if(!or(t))return;let e=Zn(t,{optional:!0});return e.ok?e.date:void 0}case`radio`:case`dropdown`:return typeof t==`string`&&n.includes(t)?t:void 0;case`checkboxes`:{let e=Array.isArray(t)?n.filter(e=>t.includes(e)):[];return e.length?e:void 0}default:return}}function lr(e,t){if(t!=null)switch(e.type){case`boolean`:case`consent`:return typeof t==`boolean`?t:void 0;case`checkboxes`:return Array.isArray(t)?t.map(String):[String(t)];case`datepicker`:return typeof t==`string`&&/^\d{4}-\d{2}-\d{2}/.test(t)?Kn(t.slice(0,10)):void 0;default:return Array.isArray(t)?void 0:String(t)}}function ur(e){return e===void 0?!0:typeof e==`boolean`?!1:typeof e==`string`?!e.trim():Array.isArray(e)?e.length===0:or(e)?!(e.day.trim()||e.month.trim()||e.year.trim()):!1}function dr(e,t,n=!1){let r=!!e.required&&!n;if(e.type===`datepicker`){let e=Zn(or(t)?t:ar,{optional:!r});return e.ok?void 0:{code:`date.${e.code}`,parts:e.fields}}if(e.type===`consent`)return r&&t!==!0?{code:`consent`}:void 0;if(ur(t))return r?{code:e.type===`string`||e.type===`text`||e.type===`integer`?`required.enter`:`required.select`}:void 0;if(e.type===`integer`){let n=cr(e,t);if(typeof n!=`number`)return{code:`whole_number`};let{min:r,max:i}=e,a=r!=null&&n<r;if(a||i!=null&&n>i)return{code:r!=null&&i!=null?`between`:a?`min`:`max`}}}function fr(e,t){let n=e.name.trim().replace(/\s+/g,` `),r=n.length<=60&&!/[?:.]$/.test(n),i=r?Qn(n):t(n);return{label:n,subject:r?n:i.charAt(0).toUpperCase()+i.slice(1),subject_lower:i,min:e.min??``,max:e.max??``}}var pr=e=>`problem.${e.code}`,mr={systolic_blood_pressure:`mmHg`,diastolic_blood_pressure:`mmHg`,height:`cm`,weight:`kg`,body_mass_index:`kg/m²`},hr=e=>e.unit||(e.observation_type?mr[e.observation_type]:void 0);function gr(e,t){if(e===void 0||t===void 0||!(e>=30&&e<=300&&t>=1&&t<=700))return;let n=e/100;return Math.round(t/(n*n)*10)/10}var _r=(e,t)=>e.type===`integer`?String(Math.round(t)):t.toFixed(1),vr=[`day`,`month`,`year`];function yr(e,t){let n=`q-${e.form_question_id}`;return e.type===`datepicker`?`${n}-${t?.[0]??`day`}`:e.type===`radio`||e.type===`checkboxes`||e.type===`boolean`?`${n}-0`:n}var br=(...e)=>e.filter(Boolean).join(` `)||T;function xr(e,t){let n=`q-${e.form_question_id}`;if(e.type===`paragraph`)return w`<p class="paragraph" part="paragraph">${e.name}</p>`;let r=e.description||(e.type===`datepicker`?t.t(`date.hint`):``),i=r?w`<p class="hint" part="hint" id="${n}-hint">${r}</p>`:T,a=t.error?w`<p class="error-message" part="error-message" id="${n}-error">
        <span class="visually-hidden">${t.t(`error.prefix`)}</span> ${t.error.message}
      </p>`:T,o=!!t.error,s=e.type===`radio`||e.type===`checkboxes`||e.type===`boolean`||e.type===`consent`||e.type===`datepicker`,c=`field ${o?`invalid`:``}`;if(s)return w`<fieldset
      class=${c}
      part="field"
      role=${e.type===`datepicker`?`group`:T}
      aria-describedby=${br(r&&`${n}-hint`,o&&`${n}-error`)}
    >
      <legend class="label" part="label">${e.type===`consent`?t.t(`consent.legend`):e.name}</legend>
      ${i}${a}${Sr(e,n,t)}
    </fieldset>`;let l=hr(e),u=br(r&&`${n}-hint`,o&&`${n}-error`,l&&`${n}-unit`),d=typeof t.raw==`string`?t.raw:``,f;if(e.type===`text`)f=w`<textarea id=${n} class="input" part="input" rows="5" data-q=${e.form_question_id} data-kind="text"
      ?required=${!!e.required} ?disabled=${t.disabled} aria-invalid=${o} aria-describedby=${u} .value=${d}></textarea>`;else if(e.type===`dropdown`)f=w`<select id=${n} class="input" part="input" data-q=${e.form_question_id} data-kind="select"
      ?required=${!!e.required} ?disabled=${t.disabled} aria-invalid=${o} aria-describedby=${u} .value=${d}>
      <option value="" ?selected=${!d}>${t.t(`select.placeholder`)}</option>
      ${(e.options??[]).map(e=>w`<option value=${e.value} ?selected=${e.value===d}>${e.label}</option>`)}
    </select>`;else{let r=e.type===`integer`;f=w`<input id=${n} class="input ${r?`number`:``}" part="input" type="text" data-q=${e.form_question_id}
      data-kind="text" inputmode=${r?`numeric`:T}
      ?required=${!!e.required} ?disabled=${t.disabled} aria-invalid=${o} aria-describedby=${u} .value=${d} />`}return w`<div class=${c} part="field">
    <label class="label" part="label" for=${n}>${e.name}</label>
    ${i}${a}
    <div class="control">${f}${l?w`<span class="unit" part="unit" id="${n}-unit">${l}</span>`:T}</div>
    ${t.extra??T}
  </div>`}function Sr(e,t,n){let r=e.form_question_id,i=!!n.error;if(e.type===`datepicker`){let e=or(n.raw)?n.raw:ar;return w`<div class="date">
      ${vr.map(i=>w`<div class="date-part">
          <label class="date-label" for="${t}-${i}">${n.t(`date.${i}`)}</label>
          <input id="${t}-${i}" class="input ${i}" part="input" type="text" inputmode="numeric" spellcheck="false"
            data-q=${r} data-kind=${i} ?disabled=${n.disabled} aria-invalid=${!!n.error?.parts?.includes(i)} .value=${e[i]} />
        </div>`)}
    </div>`}if(e.type===`consent`)return w`<div class="choices">
      <div class="choice">
        <input id="${t}" type="checkbox" data-q=${r} data-kind="consent" ?required=${!!e.required} ?disabled=${n.disabled}
          aria-invalid=${i} .checked=${n.raw===!0} />
        <label for="${t}">${e.name}</label>
      </div>
    </div>`;let a=e.type===`checkboxes`,o=e.type===`boolean`?[{label:n.t(`yes`),value:`true`},{label:n.t(`no`),value:`false`}]:e.options??[],s=e=>Array.isArray(n.raw)?n.raw.includes(e):String(n.raw)===e;return w`<div class="choices ${e.type===`boolean`?`inline`:``}">
    ${o.map((o,c)=>w`<div class="choice">
        <input id="${t}-${c}" type=${a?`checkbox`:`radio`} name=${t} value=${o.value} data-q=${r}
          data-kind=${a?`check`:e.type===`boolean`?`bool`:`radio`} ?required=${!a&&!!e.required}
          ?disabled=${n.disabled} aria-invalid=${i} .checked=${s(o.value)} />
        <label for="${t}-${c}">${o.label}</label>
      </div>`)}
  </div>`}async function Cr(e,t,n,r,i){let[a,o]=await Promise.all([r??e.get(`/v1/forms/{id}`,{path:{id:t},signal:i}),n?e.get(`/v1/form_submission_response/{id}`,{path:{id:n},signal:i}):void 0]);return{form:a,saved:o&&new Map(o.fields.map(e=>[e.form_question_id,e.value]))}}function wr(e,t,n,r){let i={answers:r.answers,status:r.status};return r.patientId&&(i.patient_id=r.patientId),r.appointmentId&&(i.appointment_id=r.appointmentId),n?e.post(`/v1/forms/response/{id}`,{path:{id:n},body:i}):e.post(`/v1/forms/{id}/response`,{path:{id:t},body:i})}var Tr=Be`:host{--_gap:var(--hero-form-renderer-gap,var(--hero-space-l,1.5rem));--_input-border:var(--hero-form-renderer-input-border-color,var(--hero-color-border-strong,#4c6272));--_error:var(--hero-form-renderer-error-color,var(--hero-color-danger,#d5281b));--_accent:var(--hero-form-renderer-accent-color,var(--hero-color-primary,#005eb8));--_panel-bg:var(--hero-form-renderer-panel-background,var(--hero-color-success,#007f3b));--_panel-fg:var(--hero-form-renderer-panel-color,var(--hero-color-on-primary,#ffffff));max-width:var(--hero-form-renderer-max-width,40rem);overflow-wrap:break-word}.base,form,.fields,.header,.review{display:grid;gap:var(--_gap)}.header{gap:var(--hero-space-s,0.5rem)}h2,h3,h4,ul,.error-summary{margin:0}h2{font-size:var(--hero-font-size-xl,1.5rem)}h3{font-size:var(--hero-font-size-l,1.1875rem)}[tabindex='-1']:not(.error-summary):focus{outline:none}.pre,.paragraph{white-space:pre-line}.field{justify-items:start}.control{display:flex;flex-wrap:wrap;align-items:center;gap:var(--hero-space-s,0.5rem);width:100%}.input{max-width:30em}textarea.input{resize:vertical}.input.number{max-width:6em;font-variant-numeric:tabular-nums}.input:focus-visible{box-shadow:inset 0 0 0 2px var(--hero-color-text,#212b32)}.input:disabled{opacity:0.6}.date{display:flex;flex-wrap:wrap;gap:var(--hero-space-m,1rem)}.date-part{display:grid}.date .input{width:3.5em}.date .year{width:5em}.choices{display:grid;gap:var(--hero-space-xs,0.25rem)}.choices.inline{display:flex;flex-wrap:wrap;column-gap:var(--hero-space-l,1.5rem)}.field.invalid .choice input{outline:2px solid var(--_error);outline-offset:1px}.bmi{display:grid;gap:var(--hero-space-s,0.5rem);justify-items:start;padding:var(--hero-space-s,0.5rem) var(--hero-space-m,1rem);border-inline-start:4px solid var(--_accent);background:var(--hero-color-info-surface,#e8f1fa)}.actions{display:flex;flex-wrap:wrap;gap:var(--hero-space-s,0.5rem) var(--hero-space-m,1rem);align-items:center}.back{justify-self:start}.back::before{content:'‹ '}.progress{display:grid;gap:var(--hero-space-xs,0.25rem);color:var(--hero-color-text-muted,#4c6272)}progress{width:100%;height:0.5rem;accent-color:var(--_accent)}.notice{display:grid;gap:var(--hero-space-s,0.5rem);padding:var(--hero-space-m,1rem);border:4px solid var(--hero-color-success,#007f3b);border-radius:var(--hero-radius-s,0.25rem)}.error-summary{border-color:var(--_error)}.panel{display:grid;gap:var(--hero-space-s,0.5rem);padding:var(--hero-space-l,1.5rem);border-radius:var(--hero-radius-m,0.5rem);background:var(--_panel-bg);color:var(--_panel-fg)}.panel h3{font-size:var(--hero-font-size-xl,1.5rem)}.section{margin-block-start:var(--hero-space-s,0.5rem)}.row{display:grid;grid-template-columns:minmax(0,2fr) minmax(0,2fr) auto;gap:var(--hero-space-xs,0.25rem) var(--hero-space-m,1rem);padding-block:var(--hero-space-s,0.5rem);border-block-end:1px solid var(--hero-color-border,#828e96)}dt{font-weight:var(--hero-font-weight-bold,600)}.row a{display:inline-flex;align-items:center;min-height:var(--hero-target-size,2.75rem)}@media (max-width:40em){.row{grid-template-columns:minmax(0,1fr)}}.status:empty{display:none}.spinner{margin-inline-end:var(--hero-space-s,0.5rem)}@media (forced-colors:active){.notice,.panel,.bmi{border:2px solid CanvasText}}



































































































































































































`,Er={...Object.fromEntries(Object.entries(Ln).map(([e,t])=>[`problem.${e}`,t.replace(`{label_lower}`,`{subject_lower}`).replace(`{label}`,`{subject}`)])),"problem.question":`your answer to ‘{label}’`,"problem.required.enter":`Enter {subject_lower}`,"problem.required.select":`Select {subject_lower}`,"problem.consent":`You must agree to ‘{label}’`,"problem.whole_number":`{subject} must be a whole number`,"problem.between":`{subject} must be between {min} and {max}`,"problem.min":`{subject} must be {min} or more`,"problem.max":`{subject} must be {max} or less`,"error.prefix":`Error:`,yes:`Yes`,no:`No`,"date.hint":`For example, 27 3 2007`,"date.day":`Day`,"date.month":`Month`,"date.year":`Year`,"select.placeholder":`Select an option`,"consent.legend":`Your agreement`,"bmi.offer":`From your height and weight, your BMI is {bmi}.`,"bmi.use":`Use {value} as your BMI`,"bmi.info":`From your height and weight, your body mass index (BMI) is {bmi} kg/m².`,"loading.form":`Loading the form…`,empty:`This form has no questions yet. If you expected some, contact the practice.`,progress:`Page {page} of {pages}`,back:`Back`,continue:`Continue`,submit:`Submit`,submitting:`Sending your answers…`,"draft.save":`Save and continue later`,"draft.saving":`Saving your answers…`,"draft.saved.title":`Your answers have been saved`,"draft.saved.text":`You can leave now and come back later to finish.`,"draft.failed":`Your answers could not be saved.`,"submit.failed":`Your answers could not be sent. They are still here.`,"error.conflict.submitted":`These answers have already been sent.`,"review.title":`Check your answers before sending them`,"review.none":`Not answered`,"review.agreed":`Agreed`,"review.not_agreed":`Not agreed`,change:`Change`,"submitted.title":`Form sent`,"submitted.text":`Thank you. Your answers have been sent.`};function Dr(e,t){let n=e.filter(ir).length;if(!(t>0)||n<=t)return[[...e]];let r=Or(e,(e,t)=>e.type===`paragraph`&&t.some(ir));if(r.length>=2)return r;let i=0;return Or(e,(e,n)=>!ir(e)&&e.type!==`paragraph`?!1:i===t?(i=+!!ir(e),n.length>0):(ir(e)&&i++,!1))}function Or(e,t){let n=[],r=[];for(let i of e)t(i,r)&&(n.push(r),r=[]),r.push(i);if(r.length){let e=n[n.length-1];e&&!r.some(ir)?e.push(...r):n.push(r)}return n}function kr(e,t){return e==null?!1:Array.isArray(e)?e.includes(String(t)):e===t||String(e)===String(t)}function Ar(e,t){let n=new Map(e.map(e=>[e.form_question_id,e])),r=new Map,i=(e,a)=>{let o=r.get(e.form_question_id);if(o!==void 0)return o;let s=e.show_if,c=!0;if(s){let r=n.get(s.form_question_id);c=!!r&&!a.has(r.form_question_id)&&i(r,new Set(a).add(e.form_question_id))&&kr(cr(r,t[r.form_question_id]),s.equals)}return r.set(e.form_question_id,c),c};for(let t of e)i(t,new Set([t.form_question_id]));return r}var jr=-1,Mr=class extends er{static{this.styles=[tr,nr,Tr]}static{this.translations={"en-GB":Er}}static{this.translationKey=`formRenderer`}static{this.properties={formId:{attribute:`form-id`},patientId:{attribute:`patient-id`},appointmentId:{attribute:`appointment-id`},responseId:{attribute:`response-id`},pageSize:{type:Number,attribute:`page-size`},schema:{attribute:!1},model:{state:!0},given:{state:!0},view:{state:!0},page:{state:!0},errors:{state:!0},summary:{state:!0},busy:{state:!0},failure:{state:!0},saved:{state:!0}}}constructor(){super(),this.load=new Fn(this,{task:async([e,t,n],{signal:r})=>{if(!n&&!e)throw new O(`validation`,`Set form-id to choose the form to show.`);return Cr(n&&!t?void 0:this.requireClient(),e,t,n,r)},args:()=>[this.formId??``,this.responseId??``,this.schema,!!this.client],onComplete:e=>this.adopt(e),onError:e=>void this.reportError(e)}),this.initial={},this.attempted=new Set,this.returnToReview=!1,this.tr=(e,t)=>this.t(e,t),this.given={},this.view=`form`,this.page=0,this.errors={},this.summary=!1,this.saved=!1,this.pageSize=20,this.addEventListener(`invalid`,()=>{this.view!==`done`&&this.model&&this.check(this.shownQuestions(),!1,!1)})}updated(e){super.updated(e);let t=this.internals;if(e.has(`given`)||e.has(`model`)){let e=new FormData;for(let t of this.answers)for(let n of[t.value].flat())e.append(t.form_question_id,String(n));t.setFormValue(this.model?e:null)}let n;if(this.model&&this.view!==`done`)for(let e of this.shownQuestions()){let t=dr(e,this.given[e.form_question_id]);if(t){n=[e,t];break}}if(n){let[e,r]=n,i=r.code.startsWith(`required`)||r.code===`consent`||r.code===`date.required`,a=this.renderRoot.getElementById(yr(e,r.parts))??this.renderRoot.querySelector(`[data-q], button`)??void 0;t.setValidity(i?{valueMissing:!0}:{customError:!0},this.message(e,r),a)}else t.setValidity({});let r={busy:!!this.busy||this.load.status===A.PENDING,invalid:!!n,review:this.view===`review`,submitted:this.view===`done`};this.setStates(r)}formResetCallback(){this.view!==`done`&&(this.given={...this.initial},this.saved=!1,this.failure=void 0,this.showPage(this.step(-1,0)??0,!1))}handleInput(e){let t=e.target,{q:n,kind:r}=t.dataset;if(e.type===`change`&&this.dispatchEvent(new Event(`change`,{bubbles:!0})),!n||!r||e.type===`change`===(r===`text`||Nr.has(r)))return;let i=this.given[n],a;if(Nr.has(r))a={...or(i)?i:ar,[r]:t.value};else if(r===`bool`)a=t.value===`true`;else if(r===`consent`)a=t.checked;else if(r===`check`){let e=Array.isArray(i)?i.filter(e=>e!==t.value):[];a=t.checked?[...e,t.value]:e}else a=t.value;this.setAnswer(n,a)}handleSubmit(e){if(e.preventDefault(),this.busy||this.isDisabled||!this.model)return;if(this.view===`review`||this.pages.length===1){this.send(`submitted`);return}if(!this.check(this.questionsOn(this.page)))return;let t=this.returnToReview?void 0:this.step(1);t===void 0?this.showReview():this.showPage(t)}handleBack(){let e=this.view===`review`?this.step(-1,this.pages.length):this.step(-1);e!==void 0&&this.showPage(e)}handleFieldLink(e){let t=e.target.closest(`a`);if(!t)return;e.preventDefault();let n=t.getAttribute(`href`)?.slice(1),r=this.model?.fields.find(e=>n===yr(e)||n===yr(e,this.errors[e.form_question_id]?.parts));if(!r)return;let i=r.form_question_id,a=this.pages.findIndex(e=>e.includes(r));this.view===`review`&&(this.returnToReview=!0),(this.view!==`form`||a!==this.page)&&(this.view=`form`,this.page=a,this.summary=this.summary&&Object.keys(this.errors).some(e=>this.pages[a]?.some(t=>t.form_question_id===e)),this.attempted.add(a)),this.focusOn(`#${CSS.escape(yr(r,this.errors[i]?.parts))}`)}get answers(){let e=[];for(let t of this.shownQuestions()){let n=cr(t,this.given[t.form_question_id]);n!==void 0&&e.push({form_question_id:t.form_question_id,value:n})}return e}get pages(){let e=this.model?.fields??[],t=this.pageCache;if(t?.fields===e&&t.size===this.pageSize)return t.pages;let n=Dr(e,this.pageSize);return this.pageCache={fields:e,size:this.pageSize,pages:n},n}get shown(){let e=this.model?.fields??[],t=this.shownCache;if(t?.given===this.given&&t.fields===e)return t.shown;let n=Ar(e,this.given);return this.shownCache={given:this.given,fields:e,shown:n},n}shownQuestions(e=this.model?.fields??[]){let t=this.shown;return e.filter(e=>ir(e)&&t.get(e.form_question_id))}questionsOn(e){return this.shownQuestions(this.pages[e]??[])}step(e,t=this.page){for(let n=t+e;n>=0&&n<this.pages.length;n+=e)if(this.questionsOn(n).length)return n}adopt({form:e,saved:t}){let n=e.fields.filter(e=>rr.has(e.type));this.model={form:e,fields:n};let r=`${e.id} ${this.responseId??``}`;if(r!==this.loadedKey){this.loadedKey=r;let i={};for(let e of n){let n=lr(e,t?.get(e.form_question_id));n!==void 0&&(i[e.form_question_id]=n)}this.initial=i,this.given={...i},this.savedId=this.responseId||void 0,this.saved=!1,this.failure=void 0,this.showPage(this.step(1,-1)??0,!1);let a=e.fields.length-n.length;a&&this.reportError(new O(`validation`,`Left out ${a} form field(s) of an unknown type.`))}this.markReady()}setAnswer(e,t){this.given={...this.given,[e]:t},this.saved=!1;let n=this.model?.fields.find(t=>t.form_question_id===e);if(n&&this.attempted.has(this.view===`review`?jr:this.page)){let r={...this.errors},i=dr(n,t);i?r[e]=i:delete r[e],this.errors=r}}check(e,t=!1,n=!0){let r={};for(let n of e){let e=dr(n,this.given[n.form_question_id],t);e&&(r[n.form_question_id]=e)}return this.errors=r,this.attempted.add(this.view===`review`?jr:this.page),this.summary=Object.keys(r).length>0,this.summary&&n&&this.focusOn(`#error-summary`),!this.summary}showPage(e,t=!0){this.view=`form`,this.page=e,this.errors={},this.summary=!1,this.returnToReview=!1,t||this.attempted.clear(),t&&this.focusOn(this.pages.length>1?`#progress-text`:`#title`)}showReview(){this.view=`review`,this.errors={},this.summary=!1,this.returnToReview=!1,this.focusOn(`#review-title`)}async send(e){let t=this.model;if(this.busy||this.isDisabled||!t||this.view===`done`||!this.check(this.shownQuestions(),e===`draft`))return;this.busy=e,this.failure=void 0,this.saved=!1;let n=this.answers;try{let r=await wr(this.requireClient(),t.form.id,this.savedId,{answers:n,status:e,...this.patientId?{patientId:this.patientId}:{},...this.appointmentId?{appointmentId:this.appointmentId}:{}});if(this.savedId=r.id,e===`draft`){this.saved=!0,this.focusOn(`#draft-saved`);let e={form_id:t.form.id,response_id:r.id};this.emit(`hero-form-draft`,e)}else{this.view=`done`,this.focusOn(`#confirmation`);let e={form_id:t.form.id,response_id:r.id,answers:n};this.emit(`hero-form-submit`,e)}}catch(t){this.failure={action:e,error:this.reportError(t)??nn(t)}}finally{this.busy=void 0}}message(e,t){return this.t(pr(t),fr(e,e=>this.t(`problem.question`,{label:e})))}computedBmi(e){let t=t=>e.find(e=>e.observation_type===t),n=t(`height`),r=t(`weight`),i=e=>{let t=e&&cr(e,this.given[e.form_question_id]);return typeof t==`number`?t:void 0},a=gr(i(n),i(r));if(a===void 0||!n||!r)return;let o=t(`body_mass_index`);return o?{value:a,bmiField:o}:{value:a,after:e.indexOf(n)>e.indexOf(r)?n:r}}formatNumber(e){return e.toLocaleString(this.locale)}renderQuestions(e){let t=this.shown,n=e.filter(e=>t.get(e.form_question_id)),r=this.computedBmi(this.shownQuestions());return n.map(e=>{let t=e.form_question_id,n=this.errors[t],i;if(r?.bmiField===e){let n=_r(e,r.value);i=w`<div class="bmi" part="bmi">
          <p>${this.t(`bmi.offer`,{bmi:this.formatNumber(r.value)})}</p>
          ${this.given[t]===n?T:w`<button type="button" class="button secondary" part="bmi-button" ?disabled=${this.isDisabled}
                @click=${()=>{this.setAnswer(t,n),this.focusOn(`#${CSS.escape(`q-${t}`)}`)}}>
                ${this.t(`bmi.use`,{value:this.formatNumber(Number(n))})}
              </button>`}
        </div>`}else r?.after===e&&(i=w`<p class="bmi" part="bmi">${this.t(`bmi.info`,{bmi:this.formatNumber(r.value)})}</p>`);return xr(e,{t:this.tr,raw:this.given[t],error:n&&{message:this.message(e,n),parts:n.parts},disabled:this.isDisabled,extra:i})})}renderAnswer(e){let t=cr(e,this.given[e.form_question_id]);if(e.type===`consent`)return this.t(t?`review.agreed`:`review.not_agreed`);if(t==null)return this.t(`review.none`);let n=t=>e.options?.find(e=>e.value===t)?.label??t;switch(e.type){case`boolean`:return this.t(t?`yes`:`no`);case`datepicker`:return Yn(String(t),this.locale);case`integer`:return[this.formatNumber(Number(t)),hr(e)].filter(Boolean).join(` `);case`radio`:case`dropdown`:return n(String(t));case`checkboxes`:return[t].flat().map(String).map(n).join(`
`);default:return String(t)}}reviewGroups(){let e=[],t=this.pages.length>1&&this.pages.slice(1).every(e=>e[0]?.type===`paragraph`);for(let n of this.pages){let r=this.shownQuestions(n);if(!r.length)continue;let i=t&&n[0]?.type===`paragraph`?n[0].name.split(`
`)[0]??``:``,a=e[e.length-1];a&&!i?a.questions.push(...r):e.push({heading:i,questions:r})}return e}renderReview(){return w`<section class="review" part="review" aria-labelledby="review-title">
      <h3 id="review-title" tabindex="-1">${this.t(`review.title`)}</h3>
      ${this.reviewGroups().map(({heading:e,questions:t})=>w`${e?w`<h4 class="section">${e}</h4>`:T}
          <dl class="summary-list" part="summary-list">
            ${t.map(e=>w`<div class="row">
                <dt>${e.name}</dt>
                <dd class="pre">${this.renderAnswer(e)}</dd>
                <dd>
                  <a href="#${yr(e)}" part="change-link"
                    >${this.t(`change`)}<span class="visually-hidden"> ${e.name}</span></a
                  >
                </dd>
              </div>`)}
          </dl>`)}
    </section>`}renderFailure(){let e=this.failure;if(!e)return T;let{action:t,error:n}=e,r=t===`submitted`&&n.code===`conflict`;return w`<div class="message error" role="alert" part="error">
      <p><strong>${this.t(t===`draft`?`draft.failed`:`submit.failed`)}</strong></p>
      <p>${this.t(r?`error.conflict.submitted`:`error.${n.code}`)}</p>
      ${r?T:w`<button type="button" class="button secondary" part="retry-button" @click=${()=>void this.send(t)}>
            ${this.t(`retry`)}
          </button>`}
    </div>`}renderForm(e){let{form:t}=e,n=this.pages.length>1,r=this.view===`review`,i=t.patient_description??(t.patient_title?null:t.description),a=w`<header class="header" part="header">
      <h2 id="title" tabindex="-1" part="title">${t.patient_title||t.title}</h2>
      ${i?w`<p class="pre" part="description">${i}</p>`:T}
    </header>`;if(this.view===`done`)return w`${a}
        <div class="panel" part="confirmation" id="confirmation" tabindex="-1">
          <h3>${this.t(`submitted.title`)}</h3>
          <p class="pre">${t.confirmation_message||this.t(`submitted.text`)}</p>
        </div>`;if(!e.fields.some(ir))return w`${a}
        <p class="message" part="empty">${this.t(`empty`)}</p>`;let o=this.step(1,-1)??0,s=n&&!r,c=e=>this.busy===e?`true`:`false`;return w`${a}
      ${this.saved?w`<div class="notice" part="draft-saved" id="draft-saved" tabindex="-1">
            <h3>${this.t(`draft.saved.title`)}</h3>
            <p>${this.t(`draft.saved.text`)}</p>
          </div>`:T}
      ${this.summary?this.renderErrorSummary(this.shownQuestions().flatMap(e=>{let t=this.errors[e.form_question_id];return t?[{target:yr(e,t.parts),message:this.message(e,t)}]:[]}),3):T}
      <form part="form" novalidate autocomplete="off" @submit=${this.handleSubmit} @input=${this.handleInput} @change=${this.handleInput}>
        ${r&&n||!r&&this.page>o?w`<button type="button" class="back" part="back-button" @click=${this.handleBack}>${this.t(`back`)}</button>`:T}
        ${r?this.renderReview():w`${n?w`<div class="progress" part="progress">
                    <span id="progress-text" tabindex="-1">${this.t(`progress`,{page:this.page+1,pages:this.pages.length})}</span>
                    <progress max=${this.pages.length} .value=${this.page+1} aria-labelledby="progress-text"></progress>
                  </div>`:T}
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
          ${this.busy?w`<span class="spinner"></span>${this.t(this.busy===`draft`?`draft.saving`:`submitting`)}`:T}
        </p>
        ${this.renderFailure()}
      </form>`}render(){let e=this.load.status===A.PENDING,t=()=>w`<p class="status" part="status" role="status"><span class="spinner"></span>${this.t(`loading.form`)}</p>`;return w`<div class="base" part="base" aria-busy=${e?`true`:`false`} @click=${this.handleFieldLink}>
      ${this.load.render({initial:t,pending:t,complete:()=>this.model?this.renderForm(this.model):t(),error:e=>this.renderError(e,()=>void this.load.run())})}
    </div>`}},Nr=new Set(Object.keys(ar));customElements.get(`hero-form-renderer`)||customElements.define(`hero-form-renderer`,Mr);var Pr=`Europe/London`,Fr=6e4,Ir=60*Fr,Lr,Rr=new Map;function zr(e){Lr??=new Intl.DateTimeFormat(`en-GB`,{timeZone:Pr,year:`numeric`,month:`numeric`,day:`numeric`,hour:`numeric`,minute:`numeric`,second:`numeric`,hourCycle:`h23`});let t={};for(let n of Lr.formatToParts(new Date(e)))n.type!==`literal`&&(t[n.type]=Number(n.value));let n=Date.UTC(t.year??1970,(t.month??1)-1,t.day??1,(t.hour??0)%24,t.minute??0,t.second??0);return Math.round((n-Math.floor(e/1e3)*1e3)/Fr)}function Br(e){let t=Math.floor(e/Ir),n=Rr.get(t);return n===void 0&&(n=zr(t*Ir),Rr.size>5e4&&Rr.clear(),Rr.set(t,n)),n}function Vr(e){return new Date(e+Br(e)*Fr)}function Hr(e){return Vr(e).toISOString().slice(0,10)}function Ur(e){return Hr(e)}function Wr(e){let t=Vr(e);return t.getUTCHours()*60+t.getUTCMinutes()}function Gr(e){return e.split(`-`).map(Number)}function Kr(e,t){let[n,r,i]=Gr(e);return new Date(Date.UTC(n,r-1,i+t)).toISOString().slice(0,10)}function qr(e,t){let[n,r,i]=Gr(e),[a,o,s]=Gr(t);return Math.round((Date.UTC(a,o-1,s)-Date.UTC(n,r-1,i))/(24*Ir))}function Jr(e){if(!/^\d{4}-\d{2}-\d{2}$/.test(e))return!1;let[t,n,r]=Gr(e),i=new Date(Date.UTC(t,n-1,r));return i.getUTCFullYear()===t&&i.getUTCMonth()===n-1&&i.getUTCDate()===r}function Yr(e,t){let[n,r,i]=Gr(e),a=Date.UTC(n,r-1,i,0,t),o=a-Br(a)*Fr;return o=a-Br(o)*Fr,o}function Xr(e){let t=Wr(e);return t<720?`morning`:t<1020?`afternoon`:`evening`}function Zr(e){let t=Br(e);if(t>Br(e+Ir)&&Wr(e)===Wr(e+Ir))return`BST`;if(t<Br(e-Ir)&&Wr(e)===Wr(e-Ir))return`GMT`}var Qr=new Map,$r=e=>/^en\b/i.test(e);function ei(e,t=`en-GB`){let n={timeZone:Pr,hour:`numeric`,minute:`2-digit`,hourCycle:$r(t)?`h12`:`h23`},r;$r(t)?(Qr.has(t)||Qr.set(t,new Intl.DateTimeFormat(t,n)),r=Qr.get(t).formatToParts(new Date(e)).map(e=>e.type===`dayPeriod`?e.value.replace(/\./g,``).toLowerCase():e.value).join(``).replace(/\s+(?=[ap]m$)/,``)):r=ae(new Date(e),t,n);let i=Zr(e);return i?`${r} (${i})`:r}function ti(e,t){return{day:M(Hr(e),t,`long`,!0),time:ei(e,t)}}function M(e,t=`en-GB`,n=`long`,r=!1){let[i,a,o]=Gr(e),s=n===`long`?{timeZone:`UTC`,weekday:`long`,day:`numeric`,month:`long`}:{timeZone:`UTC`,weekday:`short`,day:`numeric`,month:`short`};return r&&(s.year=`numeric`),ae(new Date(Date.UTC(i,a-1,o,12)),t,s).replace(/,/g,``)}function ni(e){return e.replace(/[\s-]/g,``)}function ri(e){let t=ni(e);if(!/^\d{10}$/.test(t)||/^(\d)\1{9}$/.test(t))return!1;let n=0;for(let e=0;e<9;e++)n+=Number(t[e])*(10-e);let r=(11-n%11)%11;return r!==10&&r===Number(t[9])}function ii(e){let t=ni(e);return/^\d{10}$/.test(t)?`${t.slice(0,3)} ${t.slice(3,6)} ${t.slice(6)}`:e}function ai(e){let t=ni(e);return/^\d{0,10}$/.test(t)?[t.slice(0,3),t.slice(3,6),t.slice(6)].filter(Boolean).join(` `):e}var oi=[`address_line_1`,`address_line_2`,`address_line_3`,`town`,`county`,`postcode`,`country`,`email`,`emails`,`mobile`,`notes`];function si(e){let t={...e,identifiers:[...e.identifiers??[]]};if(t.restricted)for(let e of oi)delete t[e];return t}function ci(e){return[e.title,e.first_name,e.last_name].filter(Boolean).join(` `)}function li(e){return e.restricted?``:[e.address_line_1,e.town,e.postcode].filter(Boolean).join(`, `)}var ui=/\{\{\s*([A-Za-z][A-Za-z0-9_]*)\s*\}\}/g;function di(e,t){let n=e[t];return typeof n==`string`&&n.trim()!==``?n:void 0}function fi(e,t){let n=[],r=[],i=``,a=``,o=0;for(let s of e.matchAll(ui)){let c=s.index,l=s[1].toLowerCase(),u=di(t,l);a+=e.slice(o,c),o=c+s[0].length,u===void 0?(a&&n.push({text:a}),i+=a+s[0],a=``,n.push({text:s[0],name:l}),r.includes(l)||r.push(l)):a+=u}return a+=e.slice(o),a&&n.push({text:a}),i+=a,{text:i,unfilled:r,parts:n}}function pi(e,t={}){let n={},r=(e,t)=>{t&&t.trim()&&(n[e]=t.trim())};e&&(r(`title`,e.title),r(`first_name`,e.first_name),r(`last_name`,e.last_name),r(`name`,[e.first_name,e.last_name].filter(Boolean).join(` `)),r(`full_name`,[e.title,e.first_name,e.last_name].filter(Boolean).join(` `)));for(let[e,n]of Object.entries(t))r(e.toLowerCase(),n);return n}var mi=`@£$¥èéùìòÇ
Øø\rÅåΔ_ΦΓΛΩΠΨΣΘΞÆæßÉ !"#¤%&'()*+,-./0123456789:;<=>?¡ABCDEFGHIJKLMNOPQRSTUVWXYZÄÖÑÜ§¿abcdefghijklmnopqrstuvwxyzäöñüà`,hi=`^{}\\[~]|€\f`,N=(()=>{let e=new Uint8Array(8365);for(let t of mi)e[t.charCodeAt(0)]=1;for(let t of hi)e[t.charCodeAt(0)]=2;return e})(),gi={gsm7:{single:160,multi:153},ucs2:{single:70,multi:67}};function _i(e){return e<8365?N[e]??0:0}function vi(e,t){let n=e.charCodeAt(t);if(n<55296||n>56319)return!1;let r=e.charCodeAt(t+1);return r>=56320&&r<=57343}function yi(e,t,n){let r=1,i=0;for(let a=0;a<e.length;){let o=n&&vi(e,a),s=n?o?2:1:_i(e.charCodeAt(a));i+s>t&&(r++,i=0),i+=s,a+=o?2:1}return[r,i]}function bi(e){let t=0,n,r=0;for(let i=0;i<e.length;i++){let a=e.charCodeAt(i);r++;let o=_i(a);if(o){t+=o;continue}let s=e[i];vi(e,i)&&(s=e.slice(i,i+2),i++),n??=[],n.includes(s)||n.push(s)}if(n){let t=gi.ucs2,i=e.length;if(i<=t.single)return{encoding:`ucs2`,characters:r,units:i,segments:1,perSegment:t.single,remaining:t.single-i,nonGsm:n};let[a,o]=yi(e,t.multi,!0);return{encoding:`ucs2`,characters:r,units:i,segments:a,perSegment:t.multi,remaining:t.multi-o,nonGsm:n}}let i=gi.gsm7;if(t<=i.single)return{encoding:`gsm7`,characters:r,units:t,segments:+!!t,perSegment:i.single,remaining:i.single-t,nonGsm:[]};let[a,o]=yi(e,i.multi,!1);return{encoding:`gsm7`,characters:r,units:t,segments:a,perSegment:i.multi,remaining:i.multi-o,nonGsm:[]}}var xi={"‘":`'`,"’":`'`,"‚":`'`,"′":`'`,"“":`"`,"”":`"`,"„":`"`,"″":`"`,"–":`-`,"—":`-`,"‐":`-`,"‑":`-`,"−":`-`,"…":`...`,"\xA0":` `," ":` `," ":` `,"	":` `};function Si(e){return e.filter(e=>e in xi)}function Ci(e){let t=``;for(let n of e)t+=xi[n]??n;return t}function wi(e){let t=e.trim();if(!/^\+?[\d\s().-]+$/.test(t))return;let n=t.startsWith(`+`);t=t.replace(/\(0\)/,``).replace(/\D/g,``),n&&(t=`00${t}`);let r;if(t.startsWith(`0044`))r=t.slice(4).replace(/^0/,``);else if(!n&&t.length===12&&t.startsWith(`44`))r=t.slice(2);else if(!n&&/^0[1-9]/.test(t))r=t.slice(1);else return;return/^7\d{9}$/.test(r)?`+44${r}`:void 0}function Ti(e){let t=wi(e);return t?`0${t.slice(3,7)} ${t.slice(7)}`:e}function Ei(e){let t=e.trim();if(t.length>254)return!1;let n=/^([^\s@]+)@([^\s@]+)$/.exec(t);if(!n)return!1;let[,r=``,i=``]=n;if(r.length>64||r.startsWith(`.`)||r.endsWith(`.`)||r.includes(`..`)||!/^[A-Za-z0-9!#$%&'*+/=?^_`{|}~.-]+$/.test(r))return!1;let a=i.split(`.`);return a.length<2?!1:a.every(e=>/^[A-Za-z0-9\u00a1-\uffff]([A-Za-z0-9\u00a1-\uffff-]{0,61}[A-Za-z0-9\u00a1-\uffff])?$/.test(e))&&/[A-Za-z\u00a1-\uffff]{2,}$/.test(i)}var Di=[`sms`,`email`,`nhs_app`,`hero`];function Oi(e){let t=[...new Set((e??``).toLowerCase().split(/[\s,]+/))].filter(e=>Di.includes(e));return t.length?t:[...Di]}function ki(e){let t=e.mobile?.trim(),n=(e.email??e.emails?.[0])?.trim(),r=t?wi(t):void 0,i=(t,n,r)=>t?e.restricted?{state:`hidden`}:n?{state:`ok`,value:n,display:r}:{state:`invalid`}:{state:`none`};return{sms:i(t,r,r?Ti(r):``),email:i(n,n&&Ei(n)?n:void 0,n??``),nhs_app:e.nhs_number?{state:`ok`,value:``,display:``}:{state:`none`},hero:{state:`ok`,value:``,display:``}}}function Ai(e,t){return e.find(e=>t[e].state===`ok`||t[e].state===`hidden`)??e[0]??`sms`}function ji(e=`sms`){return{channel:e,template:``,text:``,subject:``,recipients:{sms:``,email:``},fallback:``,schedule:!1,date:``,time:``,record:!1,snomedCode:``,snomedTerm:``,assign:!1,assignee:``}}var Mi=[`channel`,`recipient`,`subject`,`text`,`fallback`,`fallback-recipient`,`send-date`,`send-time`,`snomed-code`,`snomed-term`,`assignee`],Ni=/^([01]\d|2[0-3]):([0-5]\d)$/,Pi=/^\d{6,18}$/;function Fi(e){let t=Ni.exec(e.time.trim()),n=e.date.trim();if(t&&Jr(n))return Yr(n,Number(t[1])*60+Number(t[2]))}function Ii(e,t,n){let r=t.trim();return r?e===`sms`?wi(r)??{key:`error.sms.format`}:Ei(r)?r:{key:`error.email.format`}:n.state===`ok`?n.value:n.state===`hidden`?null:{key:`error.${e}.${n.state===`invalid`?`recordInvalid`:`none`}`}}var Li=e=>typeof e==`object`&&!!e;function Ri(e,t){return`${e.trim()}\n\n${t}`}function zi(e,t){return fi(e.text,t)}function Bi(e,t,n){let r={},{channel:i}=e,a=zi(e,n.values),o={patient_id:t,message_type:i,message_string:a.text};if(n.channels.includes(i)||(r.channel={key:`error.channel.required`}),i===`sms`||i===`email`){let t=Ii(i,e.recipients[i],n.contacts[i]);Li(t)?r.recipient=t:t&&(o.recipient_contact_detail=t)}else n.contacts[i].state!==`ok`&&(r.channel={key:`error.${i}.none`});if(i===`email`&&(e.subject.trim()?o.message_string=Ri(e.subject,a.text):r.subject={key:`error.subject.required`}),e.text.trim()?a.unfilled.length&&(r.text={key:`error.text.unfilled`,vars:{count:a.unfilled.length,names:a.unfilled.map(e=>`{{${e}}}`).join(`, `)}}):r.text={key:`error.text.required`},e.fallback){if(e.fallback===i||!n.channels.includes(e.fallback))r.fallback={key:`error.fallback.channel`};else{let t=Ii(e.fallback,e.recipients[e.fallback],n.contacts[e.fallback]);Li(t)?r[`fallback-recipient`]=t:(o.fallback_message_type=e.fallback,t&&(o.fallback_contact_detail=t))}}if(e.schedule){Jr(e.date.trim())||(r[`send-date`]={key:e.date.trim()?`error.date.format`:`error.date.required`}),Ni.test(e.time.trim())||(r[`send-time`]={key:e.time.trim()?`error.time.format`:`error.time.required`});let t=Fi(e);t!==void 0&&(t<=n.now?r[`send-time`]={key:`error.time.past`}:o.send_at=new Date(t).toISOString())}if(e.record){o.write_to_record=!0;let t=e.snomedCode.trim(),n=e.snomedTerm.trim();t&&!Pi.test(t)?r[`snomed-code`]={key:`error.snomed.format`}:t&&(o.snomed_code=t),n&&(o.snomed_term=n)}if(e.assign){let t=n.assignees?.get(e.assignee);!t||t.value===null?r.assignee={key:`error.assignee.required`}:(t.type===`Admin`||t.type===`AdminTeam`)&&(o.assignee_id=t.value,o.assignee_type=t.type)}return Object.keys(r).length?{errors:r}:{errors:r,request:o}}var Vi={message_type:`channel`,recipient_contact_detail:`recipient`,message_string:`text`,fallback_message_type:`fallback`,fallback_contact_detail:`fallback-recipient`,send_at:`send-time`,snomed_code:`snomed-code`,snomed_term:`snomed-term`,assignee_id:`assignee`,assignee_type:`assignee`},Hi=new Set([`delivered`,`declined`,`fatal`]);function Ui(e,t){return t[Math.min(e,t.length-1)]??2e3}var Wi=Be`:host{--_gap:var(--hero-message-composer-gap,var(--hero-space-l,1.5rem));--_line:var(--hero-border-width,1px) solid var(--hero-color-border,#d8dde0);max-width:var(--hero-message-composer-max-width,40rem)}.base,form,.review,.options,.reveal{display:flex;flex-direction:column;gap:var(--_gap)}fieldset.plain{display:contents}.choice label,h2,h3,dt{font-weight:var(--hero-font-weight-bold,600)}legend.label{margin-block-end:var(--hero-space-s,0.5rem);font-size:var(--hero-font-size-l,1.1875rem)}h2,h3{margin:0;font-size:var(--hero-font-size-l,1.1875rem);line-height:1.3}h2:focus:not(:focus-visible){outline:none}.patient{display:flex;flex-wrap:wrap;gap:var(--hero-space-xs,0.25rem) var(--hero-space-m,1rem);padding-block-end:var(--hero-space-s,0.5rem);border-block-end:var(--_line)}.short{max-width:14em}input[type='date'],input[type='time']{width:auto}textarea.input{min-height:var(--hero-message-composer-textarea-min-height,8rem);resize:vertical}input:focus-visible,select:focus-visible,textarea:focus-visible{outline-offset:0;box-shadow:inset 0 0 0 2px currentColor}.choice{display:grid;grid-template-columns:auto 1fr;row-gap:0}.choice .hint{grid-column:2}.reveal{margin-inline-start:0.625rem;padding-inline-start:1.125rem;border-inline-start:4px solid var(--hero-color-border,#d8dde0)}.row,.actions{display:flex;flex-wrap:wrap;gap:var(--hero-space-m,1rem)}.counter{display:flex;flex-direction:column;gap:var(--hero-space-2xs,0.125rem)}.counter p:first-child,.card-head{display:flex;flex-wrap:wrap;gap:0 var(--hero-space-s,0.5rem)}.credits.low,.unfilled{color:var(--hero-color-text,#212b32);font-weight:var(--hero-font-weight-bold,600)}.message.warning,.message.success{display:flex;flex-direction:column;align-items:flex-start;gap:var(--hero-space-s,0.5rem)}.message.warning{border-color:var(--hero-color-warning,#ffb81c);background:var(--hero-color-warning-surface,#fff4cc)}.message.success{border-color:var(--hero-color-success,#007f3b);background:var(--hero-color-success-surface,#e6f4ec)}.status.failed strong{color:var(--hero-color-danger,#d5281b)}.note{display:flex;flex-wrap:wrap;align-items:center;gap:var(--hero-space-s,0.5rem)}.preview{display:flex;flex-direction:column;gap:var(--hero-space-s,0.5rem);padding:var(--hero-space-m,1rem);border-radius:var(--hero-radius-m,0.5rem);background:var(--hero-message-composer-preview-background,var(--hero-color-surface-raised,#f0f4f5))}.bubble,.card-body,.pre{white-space:pre-wrap;overflow-wrap:anywhere}.bubble{align-self:flex-start;max-width:min(22rem,100%);padding:var(--hero-space-s,0.5rem) var(--hero-space-m,1rem);border-radius:1.125rem 1.125rem 1.125rem 0.25rem;background:var(--hero-message-composer-bubble-background,#e8edee);color:var(--hero-message-composer-bubble-color,var(--hero-color-text,#212b32));border:var(--_line)}.card{border:var(--_line);border-radius:var(--hero-radius-m,0.5rem);background:var(--hero-color-surface,#ffffff)}.card-head{padding:var(--hero-space-s,0.5rem) var(--hero-space-m,1rem);border-block-end:var(--_line)}.card-body{padding:var(--hero-space-m,1rem)}mark{padding:0 0.125rem;border-radius:var(--hero-radius-s,0.25rem);background:var(--hero-message-composer-placeholder-background,var(--hero-color-warning-surface,#fff4cc));color:inherit;outline:2px dashed var(--hero-color-warning,#ffb81c)}.error-summary{margin:0}.row-item{display:grid;grid-template-columns:minmax(7rem,30%) minmax(0,1fr) 4.5rem;gap:var(--hero-space-s,0.5rem);padding-block:var(--hero-space-s,0.5rem);border-block-end:var(--_line)}dd{min-width:0}.link{align-self:start;justify-self:end;min-width:var(--hero-target-size,2.75rem)}form>fieldset>.button{align-self:flex-start}.char{display:inline-block;min-width:1.5em;padding:0 0.25em;border:1px solid var(--hero-color-border-strong,#4c6272);border-radius:var(--hero-radius-s,0.25rem);background:var(--hero-color-surface,#ffffff);text-align:center;font-weight:var(--hero-font-weight-bold,600)}@media (max-width:30rem){.row-item{grid-template-columns:1fr auto}.row-item dd:not(.action){grid-column:1 / -1;grid-row:2}}@media (forced-colors:active){.bubble,.card,.preview{border:1px solid CanvasText}mark{background:Mark;color:MarkText;outline-color:CanvasText}}
































































































































































































































`,Gi=(e,t)=>me(e,``,t),Ki={"loading.patient":`Loading the patient’s details…`,"loading.templates":`Loading templates…`,"loading.assignees":`Loading people and teams…`,"noPatient.title":`No patient chosen`,"noPatient.text":`Choose a patient first, then write your message.`,"patient.nhsNumber":`NHS number`,"patient.unnamed":`Unnamed patient`,"refuse.deceased":`Messages cannot be sent to this patient: their record shows they died on {date}.`,"refuse.archived":`Messages cannot be sent to this patient because their record is archived. Check that you have the right patient, or restore the record in Hero first.`,"error.prefix":`Error:`,"channel.legend":`How do you want to send it?`,"channel.sms":`Text message (SMS)`,"channel.email":`Email`,"channel.nhs_app":`NHS App`,"channel.hero":`Hero app`,"channel.hint.to":`To {contact}`,"channel.hint.hidden":`To the {kind} on the patient’s record (not shown: restricted record)`,"channel.hint.sms.none":`No mobile number on the patient’s record: you can enter one`,"channel.hint.sms.invalid":`The number on the patient’s record is not a UK mobile: you can enter one`,"channel.hint.email.none":`No email address on the patient’s record: you can enter one`,"channel.hint.email.invalid":`The email address on the patient’s record is not valid: you can enter one`,"channel.hint.nhs_app":`To the patient’s NHS App inbox`,"channel.hint.nhs_app.none":`Not available: the patient’s record has no NHS number`,"channel.hint.hero":`To the patient’s Hero app`,"kind.sms":`mobile number`,"kind.email":`email address`,"recipient.sms":`Mobile number`,"recipient.email":`Email address`,"recipient.hint.record":`From the patient’s record. Change it to send somewhere else this time.`,"recipient.hint.hidden":`Leave blank to use the one on the patient’s record (not shown: restricted record).`,"recipient.hint.sms":`A UK mobile number, like 07700 900123.`,"recipient.hint.email":`Like name@example.com.`,"template.label":`Template (optional)`,"template.none":`No template`,"template.group.user":`Your templates`,"template.group.hero":`Practice templates`,"template.group.external":`Other templates`,"template.hint":`Choosing a template replaces the message. Details like the patient’s name are filled in from their record.`,"template.empty":`There are no templates yet. Write your message below.`,"template.applied":`Template “{name}” added to the message.`,"template.undo":`Undo: put back your previous message`,"template.undone":`Your previous message has been put back.`,"subject.label":`Subject`,"subject.hint":`Shown to the patient as the email’s first line.`,"text.label":`Message`,"text.hint":`Anything in double curly brackets, like {{first_name}}, is filled in from the patient’s record.`,"counter.text":e=>Gi(`{characters} ${Number(e.characters)===1?`character`:`characters`}, ${Number(e.segments)===1?`1 text message`:`{segments} text messages`}`,e),"counter.remaining":he(`{count} character left before another text message is needed`,`{count} characters left before another text message is needed`),"counter.fallback":`Counted for the text message sent if {channel} cannot be delivered.`,"unicode.title":`Some characters make this a longer text message`,"unicode.text":`These characters are not in the standard text message alphabet:`,"unicode.effect":`Because of them, each text message holds 70 characters instead of 160.`,"unicode.replace":`Replace curly quotes and dashes with plain ones`,"unicode.replaced":he(`{count} character replaced.`,`{count} characters replaced.`),"char.space":`a special space`,"credits.text":`Your practice has {credits} SMS credits.`,"credits.low":`This message needs {segments} SMS credits but your practice has {credits} left.`,"preview.heading":`Preview`,"preview.hint":`As the patient will receive it.`,"preview.empty":`Your message will appear here.`,"preview.unfilled":`(not filled in)`,"preview.from":`From {practice}`,"preview.subject":`Subject:`,"preview.practice":`Your GP practice`,"preview.unfilledList":`Still to fill in: {names}.`,"options.legend":`Options`,"fallback.label":`If it cannot be delivered, send it by`,"fallback.none":`Do not send it another way`,"fallback.recipient.sms":`Mobile number for the text message`,"fallback.recipient.email":`Email address for the email`,"schedule.label":`Send it later`,"schedule.date":`Date`,"schedule.time":`Time`,"schedule.hint":`UK time. For example, {example}.`,"record.label":`Write it to the patient’s record`,"record.hint":`Hero adds it to the GP record, coded with SNOMED CT.`,"snomed.code":`SNOMED code (optional)`,"snomed.codeHint":`6 to 18 digits. Leave blank to use Hero’s default code.`,"snomed.term":`SNOMED term (optional)`,"assign.label":`Assign it to a person or team`,"assign.hint":`They see any reply and follow it up in Hero.`,"assignee.label":`Assign to`,"assignee.choose":`Choose a person or team`,"assignee.teams":`Teams`,"assignee.people":`People`,"assignee.empty":`There is nobody to assign messages to. Ask your Hero administrator to add people or teams.`,continue:`Continue`,checking:`Checking…`,"review.heading":`Check your message before sending`,"review.patient":`Patient`,"review.channel":`Send by`,"review.to":`To`,"review.toHidden":`The {kind} on the patient’s record`,"review.toApp":`The patient’s {channel}`,"review.fallback":`If not delivered`,"review.fallbackValue":`{channel} to {to}`,"review.subject":`Subject`,"review.message":`Message`,"review.length":`Length`,"review.when":`When`,"review.now":`Now`,"review.at":`{day} at {time} (UK time)`,"review.record":`Patient’s record`,"review.recordDefault":`Written with Hero’s default SNOMED code`,"review.recordCode":`SNOMED {code}`,"review.assignee":`Assigned to`,"review.change":`Change`,send:`Send message`,"schedule.send":`Schedule message`,sending:`Sending…`,back:`Back to the message`,"send.error.validation":`Hero did not accept the message. Check the highlighted details.`,"send.error.network":`The connection was lost while sending. The message may have been sent: check the patient’s messages in Hero before you try again.`,"send.error.kept":`Your message has been kept.`,"api.field":`Hero did not accept this. Check it and try again.`,"sent.heading":`Message sent`,"scheduled.heading":`Message scheduled`,"sent.text":`Sent as {channel} to {to}.`,"sent.app":`Sent as {channel}.`,"sent.toHidden":`the {kind} on the patient’s record`,"scheduled.text":`It will be sent as {channel} on {when}.`,"inline.sms":`a text message`,"inline.email":`an email`,"inline.nhs_app":`an NHS App message`,"inline.hero":`a Hero app message`,"sent.status":`Delivery`,"status.checking":`Checking…`,"status.pending":`Waiting to be sent`,"status.scheduled":`Scheduled`,"status.sent":`Sent, waiting for delivery`,"status.retry":`Not delivered yet, trying again`,"status.delivered":`Delivered`,"status.declined":`Declined`,"status.fatal":`Could not be delivered`,"status.reason":`Reason: {reason}`,"status.stopped":`We have stopped checking. See the patient’s messages in Hero for the latest.`,"status.unreachable":`The delivery status could not be checked just now. Trying again.`,"status.announce":`Delivery: {status}.`,another:`Write another message`,"announce.review":`Check your message before sending.`,"announce.sent":`Message sent.`,"announce.scheduled":`Message scheduled.`,"announce.reset":`New message started.`,"error.channel.required":`Choose how to send the message`,"error.sms.none":`Enter a mobile number: the patient’s record has none`,"error.sms.recordInvalid":`Enter a UK mobile number: the one on the patient’s record is not a UK mobile`,"error.sms.format":`Enter a UK mobile number, like 07700 900123`,"error.email.none":`Enter an email address: the patient’s record has none`,"error.email.recordInvalid":`Enter an email address: the one on the patient’s record is not valid`,"error.email.format":`Enter an email address in the correct format, like name@example.com`,"error.nhs_app.none":`Choose another way to send it: NHS App messages need the patient’s NHS number, and their record has none`,"error.subject.required":`Enter a subject for the email`,"error.text.required":`Enter a message`,"error.text.unfilled":he(`Replace {names} in the message: it cannot be filled in from the patient’s record`,`Replace {names} in the message: they cannot be filled in from the patient’s record`),"error.fallback.channel":`Choose a different way to send it if it cannot be delivered`,"error.date.required":`Enter the date to send it`,"error.date.format":`Enter a real date`,"error.time.required":`Enter the time to send it`,"error.time.format":`Enter a real time, like 09:30`,"error.time.past":`Choose a date and time in the future`,"error.snomed.format":`Enter a SNOMED code of 6 to 18 digits`,"error.snomed.invalid":`Enter a SNOMED code that Hero recognises`,"error.snomed.unchecked":`The SNOMED code could not be checked. Try again.`,"error.assignee.required":`Choose who to assign the message to`,"form.required":`Enter a message`},qi=[`sms`,`email`],Ji=e=>e===`sms`||e===`email`,Yi=e=>{let t={sms:``,email:``};for(let n of qi){let r=e?.[n];r?.state===`ok`&&(t[n]=r.display)}return t},Xi=1e3,Zi=class extends er{static{this.styles=[tr,nr,Wi]}static{this.translations={"en-GB":Ki}}static{this.translationKey=`messageComposer`}static{this.pollDelays=[2e3,4e3,8e3,16e3,3e4,6e4]}static{this.maxPolls=40}static{this.properties={patientId:{attribute:`patient-id`},channels:{},templateId:{attribute:`template-id`},practiceName:{attribute:`practice-name`},placeholderValues:{attribute:!1},draft:{state:!0},step:{state:!0},errors:{state:!0},sendError:{state:!0},sending:{state:!0},checking:{state:!0},sent:{state:!0},delivery:{state:!0},patient:{state:!0},templateNote:{state:!0},undoText:{state:!0},assigneesWanted:{state:!0}}}constructor(){super(),this.patientTask=new Fn(this,{task:async([e,t],{signal:n})=>{if(!t)return null;if(!e)throw this.configError;return e.get(`/v1/patients/{id}`,{path:{id:t},signal:n})},args:()=>[this.client,this.patientId],onComplete:e=>{this.usePatient(e),this.markReady()},onError:e=>void this.reportError(e)}),this.templatesTask=new Fn(this,{task:async([e,t],{signal:n})=>!t||!e?[]:(await e.listAll(`/v1/templates`,{signal:n})).data,args:()=>[this.client,!!this.patientId],onError:e=>void this.reportError(e)}),this.creditsTask=new Fn(this,{task:async([e,t],{signal:n})=>{if(t&&e)try{return(await e.get(`/v1/me/sms-credits`,{signal:n})).credits}catch(e){if(tn(e))throw e;return}},args:()=>[this.client,!!this.patientId&&this.channelList.includes(`sms`)]}),this.assigneesTask=new Fn(this,{task:async([e,t],{signal:n})=>{if(t){if(!e)throw this.configError;return(await e.get(`/v1/messages/assignee/collection`,{signal:n})).data}},args:()=>[this.client,this.assigneesWanted],onError:e=>void this.reportError(e)}),this.snomedChecked=new Map,this.channelChosen=!1,this.draft=ji(),this.step=`compose`,this.errors={},this.sending=!1,this.checking=!1,this.delivery={},this.templateNote=``,this.assigneesWanted=!1}get value(){return this.draft.text}set value(e){this.edit({text:String(e??``)})}get channelList(){return Oi(this.channels)}get values(){let e={...this.placeholderValues};return this.practiceName&&(e.practice_name??=this.practiceName),pi(this.patient?.record,e)}connectedCallback(){super.connectedCallback(),this.poll&&!this.poll.timer&&this.schedulePoll(0)}disconnectedCallback(){super.disconnectedCallback(),clearTimeout(this.counterTimer),this.stopPolling(!0)}willUpdate(e){super.willUpdate(e),e.has(`patientId`)&&e.get(`patientId`)!==void 0&&this.startAgain(`patient`),e.has(`channels`)&&this.patient&&!this.channelList.includes(this.draft.channel)&&this.edit({channel:Ai(this.channelList,this.patient.contacts)}),(e.has(`draft`)||e.has(`required`))&&this.updateFormValue(),this.applyTemplateId()}formResetCallback(){this.startAgain(`reset`)}formStateRestoreCallback(e){typeof e==`string`&&this.edit({text:e})}updateFormValue(){let e=this.draft.text;this.internals.setFormValue(e);let t=this.required&&!e.trim();this.internals.setValidity({valueMissing:t},this.t(`form.required`),this.renderRoot?.querySelector?.(`#text`)??void 0),this.setStates({invalid:t})}usePatient(e){if(!e){this.patient=void 0;return}let t=ki(e),{mobile:n,email:r,emails:i,...a}=e;if(this.patient={id:e.id,name:ci(e),nhsNumber:e.nhs_number?ii(e.nhs_number):``,deceasedAt:e.deceased_at??null,archived:e.status===`archived`,record:a,contacts:t},this.draftPatientId===e.id)return;this.draftPatientId=e.id;let o=this.channelChosen&&this.channelList.includes(this.draft.channel);this.edit({recipients:Yi(t),channel:o?this.draft.channel:Ai(this.channelList,t)})}applyTemplateId(){let e=this.templateId;if(!e||e===this.appliedTemplateId||!this.patient||this.templatesTask.status!==A.COMPLETE)return;let t=this.templatesTask.value?.find(t=>t.id===e);t&&(this.appliedTemplateId=e,this.applyTemplate(t,!1))}applyTemplate(e,t){let n=this.draft.text,r=zi({text:e.content},this.values),i=this.draft.channel===`email`?e.email_snomed_code:e.sms_snomed_code;this.edit({text:r.text,template:e.id,subject:this.draft.subject||e.name,snomedCode:this.draft.snomedCode||i||``}),this.undoText=n.trim()&&n!==r.text?n:void 0,this.templateNote=this.t(`template.applied`,{name:e.name}),t&&this.announce(this.templateNote)}startAgain(e){this.stopPolling(),e===`patient`?(this.patient=void 0,this.draftPatientId=void 0,this.appliedTemplateId=void 0,this.channelChosen=!1,this.draft=ji()):this.draft={...ji(this.draft.channel),recipients:Yi(this.patient?.contacts)},this.step=`compose`,this.errors={},this.sendError=void 0,this.sent=void 0,this.delivery={},this.undoText=void 0,this.templateNote=``,e===`another`&&(this.announce(this.t(`announce.reset`)),this.focusOn(`#text`))}edit(e){this.draft={...this.draft,...e}}handleChannel(e){this.channelChosen=!0,this.edit({channel:e,fallback:this.draft.fallback===e?``:this.draft.fallback})}handleText(e){this.edit({text:e.target.value}),this.undoText=void 0,this.templateNote=``,this.announceCount()}handleRecipient(e,t){this.edit({recipients:{...this.draft.recipients,[e]:t.target.value}})}handleTemplate(e){let t=e.target,n=this.templatesTask.value?.find(e=>e.id===t.value);n?this.applyTemplate(n,!0):this.edit({template:``})}handleUndo(){this.undoText!==void 0&&(this.edit({text:this.undoText}),this.undoText=void 0,this.templateNote=``,this.announce(this.t(`template.undone`)),this.focusOn(`#text`))}handleReplace(){let e=[...this.draft.text].filter(e=>e in xi).length;this.edit({text:Ci(this.draft.text)}),this.announce(this.t(`unicode.replaced`,{count:e})),this.focusOn(`#text`)}handleOption(e,t){let n=t.target.checked;this.edit({[e]:n}),e===`assign`&&n&&(this.assigneesWanted=!0)}announceCount(){clearTimeout(this.counterTimer),this.smsCounted&&(this.counterTimer=setTimeout(()=>{let e=this.smsCount();this.announce(e.encoding===`ucs2`?`${this.counterText(e)}. ${this.t(`unicode.title`)}.`:this.counterText(e))},Xi))}check(e=Date.now()){let t=new Map((this.assigneesTask.value??[]).map(e=>[e.key,e]));return Bi(this.draft,this.patient?.id??``,{contacts:this.patient?.contacts??ki({id:``}),channels:this.channelList,values:this.values,now:e,assignees:t})}showErrors(e){this.errors=e,this.focusOn(`#error-summary`)}async handleContinue(e){if(e.preventDefault(),this.checking||this.isDisabled)return;let{errors:t,request:n}=this.check();if(!n)return this.showErrors(t);let r=n.snomed_code;if(r&&!this.snomedChecked.has(r)){this.checking=!0;try{let{valid:e}=await this.requireClient().post(`/v1/snomed/validate`,{body:{code:r},idempotent:!0});this.snomedChecked.set(r,e)}catch(e){return tn(e)?void 0:(this.reportError(e),this.showErrors({"snomed-code":{key:`error.snomed.unchecked`}}))}finally{this.checking=!1}}if(r&&!this.snomedChecked.get(r))return this.showErrors({"snomed-code":{key:`error.snomed.invalid`}});this.errors={},this.sendError=void 0,this.step=`review`,this.announce(this.t(`announce.review`)),this.focusOn(`#review-heading`)}handleBack(e=`#text`){this.sending||(this.step=`compose`,this.sendError=void 0,this.focusOn(e))}async handleSend(){if(this.sending||this.step!==`review`||this.isDisabled)return;let{errors:e,request:t}=this.check(),n=t?.snomed_code;if(!t||n&&this.snomedChecked.get(n)!==!0)return this.step=`compose`,this.showErrors(t?{"snomed-code":{key:`error.snomed.invalid`}}:e);this.sending=!0,this.setStates({sending:!0}),this.sendError=void 0;try{let{message_id:e,send_at:n=null}=await this.requireClient().post(`/v1/messages/send`,{body:t}),r=t.message_type;this.sent={id:e,sendAt:n,channel:r,to:this.sentTo(t)},this.step=`sent`,this.delivery={},this.emit(`hero-message-send`,{message_id:e,send_at:n,message_type:r}),this.announce(this.t(this.isScheduled?`announce.scheduled`:`announce.sent`)),this.focusOn(`#sent-heading`),this.poll={id:e,attempt:0},this.schedulePoll()}catch(e){let t=this.reportError(e);if(!t)return;let n={};for(let e of t.issues){let t=Vi[e.path[0]??``];t&&(n[t]={key:`api.field`})}this.sendError=t,Object.keys(n).length?(this.step=`compose`,this.showErrors(n)):this.focusOn(`#send-error`)}finally{this.sending=!1,this.setStates({sending:!1})}}get isScheduled(){return!!(this.sent?.sendAt&&Date.parse(this.sent.sendAt)>Date.now())}schedulePoll(e){let t=this.poll;if(!t||!this.isConnected)return;let n=this.constructor;if(t.attempt>=n.maxPolls){this.poll=void 0,this.delivery={...this.delivery,stopped:!0};return}let r=Math.min(e??Ui(t.attempt,n.pollDelays),2**31-1);t.timer=setTimeout(()=>void this.pollOnce(t),r)}async pollOnce(e){if(this.poll===e){e.timer=void 0,e.controller=new AbortController,e.attempt++;try{let t=await this.requireClient().get(`/v1/messages/{id}/status`,{path:{id:e.id},signal:e.controller.signal});if(this.poll!==e)return;let n=t.status.response,r=n!==this.delivery.response;if(this.delivery={response:n,reason:t.status.failure_reason??t.errors.send},r&&(this.emit(`hero-message-status`,{message_id:e.id,status:n}),this.announce(this.t(`status.announce`,{status:this.statusText()}))),Hi.has(n)){this.poll=void 0;return}let i=t.scheduled_send_at?Date.parse(t.scheduled_send_at)-Date.now():0,a=this.constructor;this.schedulePoll(i>0?i+Ui(0,a.pollDelays):void 0)}catch(t){if(tn(t)||this.poll!==e)return;this.delivery={...this.delivery,unreachable:!0},this.schedulePoll()}}}stopPolling(e=!1){let{poll:t}=this;t&&(clearTimeout(t.timer),t.timer=void 0,t.controller?.abort(),e||(this.poll=void 0))}get smsCounted(){return this.draft.channel===`sms`||this.draft.fallback===`sms`}smsCount(){return bi(zi(this.draft,this.values).text)}counterText(e){return this.t(`counter.text`,{characters:e.characters,segments:e.segments})}channelName(e){return this.t(`channel.${e}`)}contactText(e,t,n){return t?e===`sms`?Ti(t):t:this.t(n,{kind:this.t(`kind.${e}`)})}recipientText(e){let t=e.message_type;return Ji(t)?this.contactText(t,e.recipient_contact_detail,`review.toHidden`):this.t(`review.toApp`,{channel:this.channelName(t)})}sentTo(e){let t=e.message_type;return Ji(t)?this.contactText(t,e.recipient_contact_detail,`sent.toHidden`):``}fallbackText(e){let t=e.fallback_message_type;return t?this.t(`review.fallbackValue`,{channel:this.channelName(t),to:this.contactText(t,e.fallback_contact_detail,`review.toHidden`)}):``}whenText(e){return this.t(`review.at`,ti(Date.parse(e),this.locale))}statusText(){let{response:e}=this.delivery;return e?e===`pending`&&this.isScheduled?this.t(`status.scheduled`):this.t(`status.${e}`):this.t(`status.checking`)}renderProblems(){let e=Mi.filter(e=>this.errors[e]),t=this.channelList.includes(this.draft.channel)?this.draft.channel:this.channelList[0];return this.renderErrorSummary(e.map(e=>({target:e===`channel`?`channel-${t}`:e,message:this.errorText(this.errors[e])})),2,this.sendError?this.t(`send.error.${this.sendError.code===`validation`?`validation`:`network`}`):void 0)}renderTaskError(e){return this.renderError(e.error,()=>void e.run())}errorText(e){return e?this.t(e.key,e.vars):``}renderFieldError(e){let t=this.errors[e];return t?w`<p class="error-message" id="${e}-error" part="error-message">
          <span class="visually-hidden">${this.t(`error.prefix`)}</span> ${this.errorText(t)}
        </p>`:T}describedBy(e,...t){return[...t,this.errors[e]&&`${e}-error`].filter(Boolean).join(` `)}renderField(e,t,n,r){return w`<div class="field ${this.errors[e]?`invalid`:``}" part="field">
      <label class="label" for=${e} part="label">${t}</label>
      ${r?w`<p class="hint" id="${e}-hint" part="hint">${r}</p>`:T}
      ${this.renderFieldError(e)}
      ${n}
    </div>`}editor(e){return t=>this.edit({[e]:t.target.value})}renderInput(e,t,n,r,i={}){return this.renderField(e,t,w`<input id=${e} part="input" class="input ${i.className??``}" type=${i.type??`text`} .value=${n} min=${i.min??T}
        autocomplete="off" inputmode=${i.inputmode??T} spellcheck="false" aria-invalid=${!!this.errors[e]} @input=${r}
        aria-describedby=${this.describedBy(e,i.describedBy,i.hint&&`${e}-hint`)||T} />`,i.hint)}renderPatient(e){return w`<p class="patient" part="patient">
      <strong>${e.name||this.t(`patient.unnamed`)}</strong>
      ${e.nhsNumber?w`<span>${this.t(`patient.nhsNumber`)} ${e.nhsNumber}</span>`:T}
    </p>`}renderChannels(e){let t=this.errors.channel;return w`<fieldset class="field channels ${t?`invalid`:``}" part="channels" aria-describedby=${t?`channel-error`:T}>
      <legend class="label" part="label">${this.t(`channel.legend`)}</legend>
      ${this.renderFieldError(`channel`)}
      ${this.channelList.map(t=>{let n=this.channelHint(t,e.contacts[t]);return w`<div class="choice" part="channel-option">
          <input type="radio" name="channel" id="channel-${t}" value=${t} .checked=${this.draft.channel===t}
            aria-describedby="channel-${t}-hint" @change=${()=>this.handleChannel(t)} />
          <label for="channel-${t}">${this.channelName(t)}</label>
          <p class="hint" id="channel-${t}-hint">${n}</p>
        </div>`})}
    </fieldset>`}channelHint(e,t){return Ji(e)?t.state===`ok`?this.t(`channel.hint.to`,{contact:t.display}):t.state===`hidden`?this.t(`channel.hint.hidden`,{kind:this.t(`kind.${e}`)}):this.t(`channel.hint.${e}.${t.state}`):this.t(`channel.hint.${e}${t.state===`ok`?``:`.none`}`)}renderRecipient(e,t,n){let r=this.patient?.contacts[e]?.state,i=r===`hidden`?this.t(`recipient.hint.hidden`):r===`ok`?this.t(`recipient.hint.record`):this.t(`recipient.hint.${e}`);return this.renderInput(t,n,this.draft.recipients[e],t=>this.handleRecipient(e,t),{hint:i,type:e===`sms`?`tel`:`email`,inputmode:e===`sms`?`tel`:`email`,className:e===`sms`?`short`:``})}renderTemplates(){let e=this.templatesTask;if(e.status===A.ERROR)return w`<div class="field">${this.renderTaskError(e)}</div>`;if(e.status!==A.COMPLETE)return w`<p class="field loading" part="loading" role="status">${this.t(`loading.templates`)}</p>`;let t=e.value??[];if(!t.length)return w`<p class="field hint" part="hint">${this.t(`template.empty`)}</p>`;let n=[`user`,`hero`,`external`].map(e=>[e,t.filter(t=>(t.type??`hero`)===e)]).filter(([,e])=>e.length);return this.renderField(`template`,this.t(`template.label`),w`<select id="template" class="input" part="input template-select" aria-describedby="template-hint" @change=${this.handleTemplate}>
          <option value="">${this.t(`template.none`)}</option>
          ${n.map(([e,t])=>w`<optgroup label=${this.t(`template.group.${e}`)}>
              ${t.map(e=>w`<option value=${e.id} ?selected=${this.draft.template===e.id}>${e.name}</option>`)}
            </optgroup>`)}
        </select>
        ${this.templateNote?w`<p class="note">
              ${this.templateNote}
              ${this.undoText===void 0?T:w`<button type="button" class="button secondary small" part="undo-button" @click=${this.handleUndo}>${this.t(`template.undo`)}</button>`}
            </p>`:T}`,this.t(`template.hint`))}renderCounter(){if(!this.smsCounted)return T;let e=this.smsCount(),t=this.creditsTask.value,n=Si(e.nonGsm);return w`<div class="counter" id="text-counter" part="counter">
        <p>
          <strong>${this.counterText(e)}</strong>
          ${e.segments?w`<span class="hint">${this.t(`counter.remaining`,{count:e.remaining})}</span>`:T}
        </p>
        ${this.draft.channel===`sms`?T:w`<p class="hint">${this.t(`counter.fallback`,{channel:this.t(`inline.${this.draft.channel}`)})}</p>`}
        ${t===void 0?T:w`<p class="credits ${e.segments>t?`low`:``}" part="credits">
              ${this.t(e.segments>t?`credits.low`:`credits.text`,{credits:t.toLocaleString(this.locale),segments:e.segments})}
            </p>`}
      </div>
      ${e.encoding===`ucs2`?w`<div class="message warning" part="encoding-warning">
            <p><strong>${this.t(`unicode.title`)}</strong></p>
            <p>
              ${this.t(`unicode.text`)}
              ${e.nonGsm.map(e=>w`<span class="char">${e.trim()?e:this.t(`char.space`)}</span> `)}
            </p>
            <p>${this.t(`unicode.effect`)}</p>
            ${n.length?w`<button type="button" class="button secondary small" part="replace-button" @click=${this.handleReplace}>${this.t(`unicode.replace`)}</button>`:T}
          </div>`:T}`}renderParts(e){return e.map(e=>e.name?w`<mark part="placeholder">${e.text}<span class="visually-hidden"> ${this.t(`preview.unfilled`)}</span></mark>`:e.text)}renderPreview(){let e=zi(this.draft,this.values),{channel:t}=this.draft,n=this.practiceName||this.t(`preview.practice`),r=e.parts.length?this.renderParts(e.parts):w`<span class="hint">${this.t(`preview.empty`)}</span>`,i=t===`sms`?w`<div class="bubble" part="preview-message">${r}</div>`:(e=>w`<div class="card" part="preview-message">
      <p class="card-head">${e}</p>
      <div class="card-body">${r}</div>
    </div>`)(t===`email`?w`<span class="hint">${this.t(`preview.subject`)}</span> <strong>${this.draft.subject}</strong>`:w`<strong>${this.channelName(t)}</strong> <span class="hint">${this.t(`preview.from`,{practice:n})}</span>`);return w`<section class="preview" part="preview" aria-labelledby="preview-heading">
      <h3 id="preview-heading">${this.t(`preview.heading`)}</h3>
      <p class="hint">${this.t(`preview.hint`)}</p>
      ${i}
      ${e.unfilled.length?w`<p class="unfilled">${this.t(`preview.unfilledList`,{names:e.unfilled.map(e=>`{{${e}}}`).join(`, `)})}</p>`:T}
    </section>`}renderMessageOptions(){let{draft:e}=this,t=qi.filter(t=>t!==e.channel&&this.channelList.includes(t)),n=Ur(Date.now()),r=Kr(n,1),i=`${M(r,this.locale,`long`,!0)}, ${ei(Yr(r,570),this.locale)}`;return w`<fieldset class="options" part="options">
      <legend>${this.t(`options.legend`)}</legend>
      ${t.length?this.renderField(`fallback`,this.t(`fallback.label`),w`<select id="fallback" class="input" part="input" aria-describedby=${this.describedBy(`fallback`)||T} @change=${this.editor(`fallback`)}>
                <option value="" ?selected=${!e.fallback}>${this.t(`fallback.none`)}</option>
                ${t.map(t=>w`<option value=${t} ?selected=${e.fallback===t}>${this.channelName(t)}</option>`)}
              </select>
              ${e.fallback&&e.fallback!==e.channel?w`<div class="reveal">${this.renderRecipient(e.fallback,`fallback-recipient`,this.t(`fallback.recipient.${e.fallback}`))}</div>`:T}`):T}
      ${this.renderCheckbox(`schedule`,this.t(`schedule.label`))}
      ${e.schedule?w`<div class="reveal" id="schedule-fields">
            <p class="hint" id="schedule-hint">${this.t(`schedule.hint`,{example:i})}</p>
            <div class="row">
              ${this.renderInput(`send-date`,this.t(`schedule.date`),e.date,this.editor(`date`),{type:`date`,min:n,describedBy:`schedule-hint`})}
              ${this.renderInput(`send-time`,this.t(`schedule.time`),e.time,this.editor(`time`),{type:`time`,describedBy:`schedule-hint`})}
            </div>
          </div>`:T}
      ${this.renderCheckbox(`record`,this.t(`record.label`),this.t(`record.hint`))}
      ${e.record?w`<div class="reveal">
            ${this.renderInput(`snomed-code`,this.t(`snomed.code`),e.snomedCode,this.editor(`snomedCode`),{hint:this.t(`snomed.codeHint`),inputmode:`numeric`,className:`short`})}
            ${this.renderInput(`snomed-term`,this.t(`snomed.term`),e.snomedTerm,this.editor(`snomedTerm`))}
          </div>`:T}
      ${this.renderCheckbox(`assign`,this.t(`assign.label`),this.t(`assign.hint`))}
      ${e.assign?w`<div class="reveal">${this.renderAssignees()}</div>`:T}
    </fieldset>`}renderCheckbox(e,t,n){return w`<div class="choice">
      <input type="checkbox" id="option-${e}" .checked=${this.draft[e]} aria-describedby=${n?`option-${e}-hint`:T}
        @change=${t=>this.handleOption(e,t)} />
      <label for="option-${e}">${t}</label>
      ${n?w`<p class="hint" id="option-${e}-hint">${n}</p>`:T}
    </div>`}renderAssignees(){let e=this.assigneesTask;if(e.status===A.ERROR)return this.renderTaskError(e);if(e.status!==A.COMPLETE)return w`<p class="loading" part="loading" role="status">${this.t(`loading.assignees`)}</p>`;let t=(e.value??[]).filter(e=>e.value!==null);if(!t.length)return w`<p class="hint" part="empty">${this.t(`assignee.empty`)}</p>`;let n=(e,t)=>t.length?w`<optgroup label=${e}>
            ${t.map(e=>w`<option value=${e.key} ?selected=${this.draft.assignee===e.key}>${e.label}</option>`)}
          </optgroup>`:T;return this.renderField(`assignee`,this.t(`assignee.label`),w`<select id="assignee" class="input" part="input" aria-describedby=${this.describedBy(`assignee`)||T} aria-invalid=${!!this.errors.assignee} @change=${this.editor(`assignee`)}>
        <option value="" ?selected=${!this.draft.assignee}>${this.t(`assignee.choose`)}</option>
        ${n(this.t(`assignee.teams`),t.filter(e=>e.type===`AdminTeam`))}
        ${n(this.t(`assignee.people`),t.filter(e=>e.type!==`AdminTeam`))}
      </select>`)}renderCompose(e){let{draft:t}=this;return w`${this.renderProblems()}
      <form novalidate @submit=${this.handleContinue}>
        <fieldset class="plain" ?disabled=${this.isDisabled}>
          ${this.renderChannels(e)}
          ${Ji(t.channel)?this.renderRecipient(t.channel,`recipient`,this.t(`recipient.${t.channel}`)):T}
          ${this.renderTemplates()}
          ${t.channel===`email`?this.renderInput(`subject`,this.t(`subject.label`),t.subject,this.editor(`subject`),{hint:this.t(`subject.hint`)}):T}
          ${this.renderField(`text`,this.t(`text.label`),w`<textarea id="text" class="input" part="textarea" rows="6" .value=${t.text} ?required=${this.required} @input=${this.handleText}
                aria-describedby=${this.describedBy(`text`,`text-hint`,this.smsCounted&&`text-counter`)} aria-invalid=${!!this.errors.text}></textarea>
              ${this.renderCounter()}`,this.t(`text.hint`))}
          ${this.renderPreview()} ${this.renderMessageOptions()}
          <button type="submit" class="button" part="continue-button" aria-disabled=${this.checking}>
            ${this.t(this.checking?`checking`:`continue`)}
          </button>
        </fieldset>
      </form>`}renderReview(e){let{request:t}=this.check(0);if(!t)return this.renderCompose(e);let{draft:n}=this,r=zi(n,this.values),i=this.smsCounted?bi(r.text):void 0,a=this.assigneesTask.value?.find(e=>e.key===n.assignee),o=(e,t,n)=>w`<div class="row-item">
        <dt>${e}</dt>
        <dd>${t}</dd>
        <dd class="action">
          ${n?w`<button type="button" class="link" part="change-button" @click=${()=>this.handleBack(n)}>
                ${this.t(`review.change`)}<span class="visually-hidden"> ${e}</span>
              </button>`:T}
        </dd>
      </div>`,s=!!t.send_at;return w`<section class="review" part="review" aria-labelledby="review-heading">
      <h2 id="review-heading" tabindex="-1">${this.t(`review.heading`)}</h2>
      <dl class="summary" part="summary">
        ${o(this.t(`review.patient`),e.name||this.t(`patient.unnamed`))}
        ${o(this.t(`review.channel`),this.channelName(t.message_type),`#channel-${n.channel}`)}
        ${o(this.t(`review.to`),this.recipientText(t),Ji(n.channel)?`#recipient`:void 0)}
        ${t.fallback_message_type?o(this.t(`review.fallback`),this.fallbackText(t),`#fallback`):T}
        ${n.channel===`email`?o(this.t(`review.subject`),n.subject.trim(),`#subject`):T}
        ${o(this.t(`review.message`),w`<span class="pre">${r.text}</span>`,`#text`)}
        ${i?o(this.t(`review.length`),this.counterText(i),`#text`):T}
        ${o(this.t(`review.when`),t.send_at?this.whenText(t.send_at):this.t(`review.now`),`#option-schedule`)}
        ${t.write_to_record?o(this.t(`review.record`),t.snomed_code?[this.t(`review.recordCode`,{code:t.snomed_code}),t.snomed_term?` (${t.snomed_term})`:``]:this.t(`review.recordDefault`),`#option-record`):T}
        ${a&&t.assignee_id!==void 0?o(this.t(`review.assignee`),a.label,`#assignee`):T}
      </dl>
      ${this.sendError?w`<div id="send-error" class="message error" role="alert" tabindex="-1" part="error">
            <p>${this.sendError.code===`network`?this.t(`send.error.network`):this.t(`error.${this.sendError.code}`)}</p>
            <p>${this.t(`send.error.kept`)}</p>
          </div>`:T}
      <div class="actions">
        <button type="button" class="button" part="send-button" aria-disabled=${this.sending||this.isDisabled} @click=${this.handleSend}>
          ${this.t(this.sending?`sending`:s?`schedule.send`:`send`)}
        </button>
        <button type="button" class="button secondary" part="back-button" @click=${()=>this.handleBack()}>${this.t(`back`)}</button>
      </div>
    </section>`}renderSent(e){let{delivery:t}=this,n=this.isScheduled,r=this.t(`inline.${e.channel}`),i=t.response===`fatal`||t.response===`declined`;return w`<section class="message success" part="confirmation" aria-labelledby="sent-heading">
      <h2 id="sent-heading" tabindex="-1">${this.t(n?`scheduled.heading`:`sent.heading`)}</h2>
      <p>
        ${n&&e.sendAt?this.t(`scheduled.text`,{channel:r,when:this.whenText(e.sendAt)}):this.t(e.to?`sent.text`:`sent.app`,{channel:r,to:e.to})}
      </p>
      <p class="status ${i?`failed`:``}" part="status">
        ${this.t(`sent.status`)}: <strong>${this.statusText()}</strong>
      </p>
      ${i&&t.reason?w`<p>${this.t(`status.reason`,{reason:t.reason})}</p>`:T}
      ${t.unreachable?w`<p class="hint">${this.t(`status.unreachable`)}</p>`:T}
      ${t.stopped?w`<p class="hint">${this.t(`status.stopped`)}</p>`:T}
      <button type="button" class="button secondary" part="new-message-button" @click=${()=>this.startAgain(`another`)}>${this.t(`another`)}</button>
    </section>`}renderRefusal(e){let t=e.deceasedAt?this.t(`refuse.deceased`,{date:M(Hr(Date.parse(e.deceasedAt)),this.locale,`long`,!0)}):e.archived&&this.t(`refuse.archived`);return t?w`<div class="message error" part="refusal" role="alert"><p>${t}</p></div>`:void 0}renderBody(){if(!this.patientId)return w`<div class="message" part="empty">
        <p><strong>${this.t(`noPatient.title`)}</strong></p>
        <p>${this.t(`noPatient.text`)}</p>
      </div>`;let e=this.patient;return this.patientTask.status===A.ERROR?this.renderTaskError(this.patientTask):!e||this.patientTask.status===A.PENDING?w`<p class="loading" part="loading" role="status"><span class="spinner" aria-hidden="true"></span>${this.t(`loading.patient`)}</p>`:w`${this.renderPatient(e)}
    ${this.renderRefusal(e)??(this.step===`sent`&&this.sent?this.renderSent(this.sent):this.step===`review`?this.renderReview(e):this.renderCompose(e))}`}render(){return w`<div class="base" part="base" aria-busy=${this.patientTask.status===A.PENDING||this.sending||this.checking}>
      ${this.renderBody()}
      ${this.renderAnnouncer()}
    </div>`}};customElements.get(`hero-message-composer`)||customElements.define(`hero-message-composer`,Zi);var Qi=/^(GIR0AA|[A-PR-UWYZ](\d{1,2}|[A-HK-Y]\d{1,2}|\d[A-HJKPSTUW]|[A-HK-Y]\d[ABEHMNPRV-Y])\d[ABD-HJLNP-UW-Z]{2})$/;function $i(e){let t=e.replace(/\s+/g,``).toUpperCase();return Qi.test(t)?`${t.slice(0,-3)} ${t.slice(-3)}`:e.trim()}function ea(e){return Qi.test(e.replace(/\s+/g,``).toUpperCase())}var P={search:`/v3/patients`,searchSingleField:`/v1/patients`,trace:`/v1/patients/register_pds`,patient:`/v1/patients/{id}`};async function F(e,t,n){let r=t.mode===`nhs`?{nhs_number:t.nhsNumber,dob:t.dob}:{first_name:t.firstName,last_name:t.lastName,dob:t.dob},i;try{i=await e.get(P.search,{query:{...r,page_index:0,page_size:20},signal:n})}catch(r){if(!(t.mode===`nhs`&&r instanceof O&&r.status===404))throw r;i=await e.get(P.searchSingleField,{query:{field:`nhs_number`,search:t.nhsNumber,page_index:0,page_size:20},signal:n})}let a=i.data.filter(e=>Gn(e.dob)===t.dob&&(t.mode!==`nhs`||ni(e.nhs_number??``)===t.nhsNumber)),o=i.data.length-a.length;return{patients:a.map(si),total:Math.max(a.length,i.count-o)}}async function ta(e,t,n){let r;try{r=await e.post(P.trace,{body:t,signal:n})}catch(e){if(e instanceof O&&e.status===404)return{status:`no-match`};throw e}let i=r;if(typeof i.patient_id==`string`)return{status:`found`,patient:si(await e.get(P.patient,{path:{id:i.patient_id},signal:n}))};if(typeof i.login_url==`string`)return{status:`verify`,loginUrl:i.login_url};throw new O(`server`,`The Hero API sent a PDS trace answer the kit could not read.`)}function I(e){return/^https:\/\//i.test(e)?e:void 0}var na=Be`:host{--_error:var(--hero-patient-lookup-error-color,var(--hero-color-danger,#d5281b));--_input-border:var(--hero-patient-lookup-input-border-color,var(--hero-color-border-strong,#4c6272));max-width:var(--hero-patient-lookup-max-width,40rem)}.base,form,.stack{display:grid;gap:var(--hero-patient-lookup-gap,var(--hero-space-l,1.5rem))}ul{margin:0;padding:0;list-style:none}.input{max-width:20em}.input:focus-visible{box-shadow:inset 0 0 0 2px var(--hero-color-text,#212b32)}.input:disabled{opacity:0.6}.nhs{max-width:10em;font-variant-numeric:tabular-nums;letter-spacing:0.05em}.postcode{max-width:8em;text-transform:uppercase}.date{display:flex;flex-wrap:wrap;gap:var(--hero-space-m,1rem)}.date .field{gap:0}.date .input{width:3.5em}.date .year{width:5em}.radios{display:flex;flex-wrap:wrap;gap:var(--hero-space-s,0.5rem) var(--hero-space-l,1.5rem)}.actions,.result-head{display:flex;flex-wrap:wrap;gap:var(--hero-space-s,0.5rem);align-items:center}.button.warning{background:var(--hero-color-danger,#d5281b)}.button.warning:hover{background:var(--hero-color-danger-hover,#aa2016)}.error-summary{margin:0;border-color:var(--_error)}.results,.result,.panel{display:grid;gap:var(--hero-space-s,0.5rem)}.result{padding:var(--hero-space-m,1rem);border:var(--hero-border-width,1px) solid var(--hero-patient-lookup-result-border-color,var(--hero-color-border,#828e96));border-radius:var(--hero-radius-m,0.5rem);background:var(--hero-patient-lookup-result-background,var(--hero-color-surface,#ffffff))}.result.selected{border:3px solid var(--hero-patient-lookup-selected-border-color,var(--hero-color-success,#007f3b))}.name{font-size:var(--hero-font-size-l,1.1875rem);font-weight:var(--hero-font-weight-bold,600);overflow-wrap:anywhere}.details{display:grid;grid-template-columns:max-content 1fr;gap:0 var(--hero-space-m,1rem)}.details dt{color:var(--hero-color-text-muted,#4c6272)}.details dd{overflow-wrap:anywhere}@media (max-width:30em){.details{grid-template-columns:1fr}.details dd + dt{margin-block-start:var(--hero-space-xs,0.25rem)}}.badge{display:inline-block;padding:0 var(--hero-space-s,0.5rem);border:2px solid currentColor;border-radius:var(--hero-radius-s,0.25rem);font-size:var(--hero-font-size-s,0.875rem);font-weight:var(--hero-font-weight-bold,600);text-transform:uppercase;letter-spacing:0.03em}.badge.deceased{color:var(--hero-color-text,#212b32);background:var(--hero-color-surface-raised,#f0f4f5)}.badge.restricted{color:var(--hero-color-warning,#8a4b00);background:var(--hero-color-warning-surface,#fff4e0)}.badge.archived{color:var(--hero-color-text-muted,#4c6272)}.panel{padding:var(--hero-space-m,1rem);border-inline-start:4px solid var(--hero-color-border-strong,#4c6272);background:var(--hero-color-surface-raised,#f0f4f5)}.panel.warning{border-color:var(--hero-color-danger,#d5281b);background:var(--hero-color-danger-surface,#fbe9e7)}.panel.info{border-color:var(--hero-color-primary,#005eb8);background:var(--hero-color-info-surface,#e8f1fa)}.title{font-weight:var(--hero-font-weight-bold,600)}@media (forced-colors:active){.result,.panel,.badge{border-color:CanvasText}.field .input[aria-invalid='true'],.error-summary,.field.invalid{border-color:Mark}.result.selected{border-color:Highlight}.choice input{accent-color:auto}}














































































































































































`,ra={nhs:``,first:``,last:``,day:``,month:``,year:``,postcode:``},ia={day:`dob-day`,month:`dob-month`,year:`dob-year`},L={found:{title:`trace.found`,text:`trace.found.text`},"no-match":{title:`trace.none.title`},verify:{title:`trace.verify.title`,text:`trace.verify.text`}},aa={...Ln,"date.required":`Enter a date of birth`,"mode.legend":`Search by`,"mode.nhs":`NHS number and date of birth`,"mode.name":`Name and date of birth`,"nhs.label":`NHS number`,"nhs.hint":`10 digits, for example 943 476 5919`,"nhs.required":`Enter an NHS number`,"nhs.characters":`NHS number must only include numbers, spaces and dashes`,"nhs.length":`NHS number must be 10 digits`,"nhs.invalid":`NHS number is not valid. Check each digit`,"first.label":`First name`,"first.required":`Enter a first name`,"last.label":`Last name`,"last.required":`Enter a last name`,"dob.label":`Date of birth`,"dob.hint":`For example, 31 3 1980`,"dob.day":`Day`,"dob.month":`Month`,"dob.year":`Year`,"postcode.label":`Postcode`,"postcode.hint":`The postcode the patient is registered at with the NHS, for example BS35 2AQ`,"postcode.required":`Enter a postcode`,"postcode.invalid":`Enter a real postcode`,"error.prefix":`Error:`,search:`Search`,searching:`Searching for patients…`,"results.count":({count:e})=>e===1?`1 patient found`:`${e} patients found`,"results.more":`Showing the first {shown} of {total} matches. Add more detail to narrow the search.`,"results.confirm":`Check the details, then select the right patient.`,"nhs.none":`Not recorded`,address:`Address`,"address.withheld":`Withheld: restricted record`,"badge.deceased":`Deceased`,"badge.restricted":`Restricted`,"badge.archived":`Archived`,unnamed:`Name not recorded`,select:`Select`,"select.context":`{name}, born {dob}`,"deceased.title":`This patient has died`,"deceased.text":`{name} is recorded as deceased ({date}). Select this record only if you are sure it is the one you need.`,"deceased.date":`died {date}`,"deceased.unknown":`date of death not recorded`,"deceased.confirm":`Yes, select this patient`,cancel:`Cancel`,"none.title":`No patients found`,"none.nhs":`No Hero patient has NHS number {nhs} and date of birth {dob}.`,"none.name":`No Hero patient called {first} {last} has date of birth {dob}.`,"none.check.nhs":`Check the NHS number and date of birth, or search by name and date of birth instead.`,"none.check.name":`Check the spelling of the names and the date of birth, or search by NHS number instead.`,"trace.title":`Trace on the NHS Spine`,"trace.text":`If the patient is registered with the NHS, a trace on the Spine (PDS) finds them and adds them to Hero.`,"trace.pending":`Tracing on the NHS Spine…`,"trace.found":`Found on the NHS Spine`,"trace.found.text":`This patient was traced on the NHS Spine and is now in Hero. Check the details, then select them.`,"trace.none.title":`No match on the NHS Spine`,"trace.none.nhs":`Check the NHS number and date of birth with the patient, for example on an NHS letter or the NHS App.`,"trace.none.name":`Check the names are spelt as on the patient’s NHS record, and that the date of birth and postcode are right. Or trace by NHS number.`,"trace.verify.title":`The patient needs to verify their identity`,"trace.verify.text":`Before they can be added from the NHS Spine, the patient must prove who they are with NHS login. When they have done this, trace them again.`,"trace.verify.link":`Open the NHS login identity check (opens in a new tab)`,"trace.again":`Trace again`,"selected.title":`Selected patient`,"selected.announce":`{name} selected`,change:`Change patient`,required:`Select a patient`,"required.hint":`Find the patient, then select them.`},oa=class extends er{static{this.styles=[tr,nr,na]}static{this.translations={"en-GB":aa}}static{this.translationKey=`patientLookup`}static{this.properties={allowRegister:{type:Boolean,attribute:`allow-register`,reflect:!0},query:{state:!0},mode:{state:!0},fields:{state:!0},errors:{state:!0},trace:{state:!0},confirmingId:{state:!0},selected:{state:!0},showRequired:{state:!0}}}constructor(){super(),this.search=new Fn(this,{task:async([e,t],{signal:n})=>{if(!t)return Pn;if(!e)throw this.configError;return F(e,t,n)},args:()=>[this.client,this.query],onComplete:e=>this.announce(e.patients.length?this.t(`results.count`,{count:e.patients.length}):this.t(`none.title`)),onError:e=>void this.reportError(e)}),this.resumeSearch=!1,this.mode=`nhs`,this.fields={...ra},this.errors={},this.trace={status:`idle`},this.showRequired=!1,this.allowRegister=!1,this.addEventListener(`invalid`,()=>{this.showRequired=!0})}connectedCallback(){super.connectedCallback(),this.resumeSearch&&(this.resumeSearch=!1,this.search.run())}disconnectedCallback(){super.disconnectedCallback(),this.search.status===A.PENDING&&(this.resumeSearch=!0,this.search.abort()),this.traceController?.abort()}firstUpdated(){this.markReady()}updated(e){super.updated(e);let t=this.internals;if(this.required&&!this.selected){let e=this.renderRoot.querySelector(`[part~="select-button"], [part~="input"]`)??void 0;t.setValidity({valueMissing:!0},this.t(`required`),e)}else t.setValidity({});let n={selected:!!this.selected,busy:this.search.status===A.PENDING||this.trace.status===`pending`,invalid:!t.validity.valid};this.setStates(n)}formResetCallback(){this.traceController?.abort(),this.query=void 0,this.mode=`nhs`,this.fields={...ra},this.errors={},this.trace={status:`idle`},this.confirmingId=void 0,this.selected=void 0,this.showRequired=!1,this.announcement=``,this.internals.setFormValue(null)}handleMode(e){this.mode=e.target.value,this.errors={}}handleInput(e){let t=e.target,n=t.dataset.field,r=t.value;n===`nhs`&&e.inputType?.startsWith(`insert`)&&t.selectionEnd===r.length&&(t.value=r=ai(r)),this.fields={...this.fields,[n]:r}}handleNhsBlur(){ri(this.fields.nhs)&&(this.fields={...this.fields,nhs:ii(this.fields.nhs)})}handleSearch(e){if(e.preventDefault(),this.isDisabled)return;let t={},{nhs:n,first:r,last:i}=this.fields;if(this.mode===`nhs`){let e=ni(n),r=n.trim()?/[^\d\s-]/.test(n)?`nhs.characters`:e.length===10?ri(e)?void 0:`nhs.invalid`:`nhs.length`:`nhs.required`;r&&(t.nhs={message:this.t(r),target:`nhs-number`})}else r.trim()||(t.first={message:this.t(`first.required`),target:`first-name`}),i.trim()||(t.last={message:this.t(`last.required`),target:`last-name`});let a=this.t(`dob.label`),o=Zn(this.fields,{when:`past`});if(o.ok||(t.dob={message:this.t(`date.${o.code}`,{label:a,label_lower:Qn(a)}),target:ia[o.fields[0]??`day`],parts:o.fields}),this.showErrors(t)||!o.ok||!o.date)return;let s=this.mode===`nhs`?{mode:`nhs`,nhsNumber:ni(n),dob:o.date}:{mode:`name`,firstName:r.trim(),lastName:i.trim(),dob:o.date};(this.search.status!==A.PENDING||JSON.stringify(s)!==JSON.stringify(this.query))&&(this.traceController?.abort(),this.trace={status:`idle`},this.confirmingId=void 0,this.query=s,this.mode===`nhs`&&(this.fields={...this.fields,nhs:ii(n)}))}async handleTrace(e){e.preventDefault();let t=this.query;if(!t||this.trace.status===`pending`||this.isDisabled)return;let n;if(t.mode===`nhs`)n={nhs_number:t.nhsNumber,dob:t.dob};else{let e=this.fields.postcode,r=e.trim()?ea(e)?void 0:`postcode.invalid`:`postcode.required`;if(this.showErrors(r?{postcode:{message:this.t(r),target:`postcode`}}:{}))return;let i=$i(e);this.fields={...this.fields,postcode:i},n={forename:t.firstName,surname:t.lastName,dob:t.dob,postcode:i}}let r=this.client;if(!r){this.trace={status:`error`,error:this.reportError(this.configError)};return}let i=this.traceController=new AbortController;this.trace={status:`pending`},this.announce(this.t(`trace.pending`));try{let e=await ta(r,n,i.signal);if(i.signal.aborted)return;if(e.status===`verify`){let t={login_url:e.loginUrl},n=this.emit(`hero-identity-verification`,t);this.trace={status:`verify`,link:n?I(e.loginUrl):void 0}}else this.trace=e;this.announce(this.t(L[e.status].title))}catch(e){if(i.signal.aborted||tn(e)){this.traceController===i&&(this.trace={status:`idle`});return}this.trace={status:`error`,error:this.reportError(e)}}}handleSelect(e){if(this.isDisabled)return;if(e.deceased_at&&this.confirmingId!==e.id){this.confirmingId=e.id,this.focusOn(`#confirm-${e.id}`);return}this.confirmingId=void 0,this.selected=e,this.showRequired=!1,this.internals.setFormValue(e.id),this.announce(this.t(`selected.announce`,{name:ci(e)||this.t(`unnamed`)})),this.focusOn(`#selected-title`);let t={patient:structuredClone(e)};this.emit(`hero-patient-select`,t),this.dispatchEvent(new Event(`change`,{bubbles:!0}))}cancelConfirm(e){this.confirmingId=void 0,this.focusOn(`#select-${e.id}`)}async handleChange(){let e=`#select-${this.selected?.id}`;this.selected=void 0,this.internals.setFormValue(null),this.announcement=``,this.dispatchEvent(new Event(`change`,{bubbles:!0})),await this.updateComplete,this.focusOn(this.renderRoot.querySelector(e)?e:`[part~="input"]`)}get value(){return this.selected?.id??``}get patient(){return this.selected&&structuredClone(this.selected)}showErrors(e){return this.errors=e,Object.keys(e).length?(this.focusOn(`#error-summary`),!0):!1}renderBusy(e){return w`<p class="loading" part="status"><span class="spinner" aria-hidden="true"></span>${this.t(e)}</p>`}renderErrorMessage(e,t){return e?w`<p class="error-message" id=${t??T} part="error-message"><span class="visually-hidden">${this.t(`error.prefix`)}</span> ${e}</p>`:T}renderTextField(e,t){let n=this.errors[e],r=e===`nhs`||e===`postcode`,i=[r?`${e}-hint`:``,n?`${e}-error`:``].filter(Boolean).join(` `);return w`<div class="field ${n?`invalid`:``}" part="field">
      <label class="label" part="label" for=${t}>${this.t(`${e}.label`)}</label>
      ${r?w`<p class="hint" part="hint" id="${e}-hint">${this.t(`${e}.hint`)}</p>`:T}
      ${this.renderErrorMessage(n?.message,`${e}-error`)}
      ${this.renderInput(e,t,!!n,i)}
    </div>`}renderInput(e,t,n,r=``){return w`<input id=${t} class="input ${e}" part="input" type="text" data-field=${e} inputmode=${e===`nhs`||e in ia?`numeric`:`text`}
      autocomplete="off" spellcheck="false" aria-describedby=${r||T} aria-invalid=${n}
      .value=${this.fields[e]} ?disabled=${this.isDisabled} @input=${this.handleInput} @blur=${e===`nhs`?this.handleNhsBlur:void 0} />`}renderDob(){let e=this.errors.dob,t=t=>w`<div class="field">
        <label class="label" for=${ia[t]}>${this.t(`dob.${t}`)}</label>
        ${this.renderInput(t,ia[t],e?.parts?.includes(t)??!1)}
      </div>`;return w`<fieldset class="field ${e?`invalid`:``}" part="field" role="group" aria-describedby=${e?`dob-hint dob-error`:`dob-hint`}>
      <legend class="label" part="label">${this.t(`dob.label`)}</legend>
      <p class="hint" part="hint" id="dob-hint">${this.t(`dob.hint`)}</p>
      ${this.renderErrorMessage(e?.message,`dob-error`)}
      <div class="date">${t(`day`)}${t(`month`)}${t(`year`)}</div>
    </fieldset>`}renderForm(){let e=this.search.status===A.PENDING;return w`<form part="form" novalidate autocomplete="off" @submit=${this.handleSearch}>
      <fieldset class="field" part="mode">
        <legend class="label" part="label">${this.t(`mode.legend`)}</legend>
        <div class="radios">
          ${[`nhs`,`name`].map(e=>w`<div class="choice">
              <input id="mode-${e}" type="radio" name="mode" value=${e} .checked=${this.mode===e} ?disabled=${this.isDisabled} @change=${this.handleMode} />
              <label for="mode-${e}">${this.t(`mode.${e}`)}</label>
            </div>`)}
        </div>
      </fieldset>
      ${this.mode===`nhs`?this.renderTextField(`nhs`,`nhs-number`):w`${this.renderTextField(`first`,`first-name`)}${this.renderTextField(`last`,`last-name`)}`}
      ${this.renderDob()}
      <div class="actions">
        <button type="submit" class="button" part="search-button" ?disabled=${this.isDisabled} aria-disabled=${e}>${this.t(`search`)}</button>
      </div>
    </form>`}formatDob(e){let t=Gn(e.dob);return t?Yn(t,this.locale):this.t(`nhs.none`)}renderPatient(e,t){let n=li(e),r=[e.deceased_at&&`deceased`,e.restricted&&`restricted`,e.status===`archived`&&`archived`];return w`<div class="result-head">
        <p class="name" id=${t}>${ci(e)||this.t(`unnamed`)}</p>
        ${r.filter(Boolean).map(e=>w`<span class="badge ${e}" part="badge">${this.t(`badge.${e}`)}</span>`)}
      </div>
      <dl class="details">
        <dt>${this.t(`dob.label`)}</dt>
        <dd>${this.formatDob(e)}</dd>
        <dt>${this.t(`nhs.label`)}</dt>
        <dd>${e.nhs_number?ii(e.nhs_number):this.t(`nhs.none`)}</dd>
        <dt>${this.t(`address`)}</dt>
        <dd>${e.restricted?this.t(`address.withheld`):n||this.t(`nhs.none`)}</dd>
      </dl>`}renderResult(e){let t=ci(e)||this.t(`unnamed`),n=this.confirmingId===e.id,r=Jn(e.deceased_at??``);return w`<li class="result" part="result">
      ${this.renderPatient(e,`name-${e.id}`)}
      <div class="actions">
        <button id="select-${e.id}" type="button" class="button secondary" part="select-button"
          aria-expanded=${e.deceased_at?n:T} ?disabled=${this.isDisabled} @click=${()=>this.handleSelect(e)}>
          ${this.t(`select`)}<span class="visually-hidden">&nbsp;${this.t(`select.context`,{name:t,dob:this.formatDob(e)})}${e.deceased_at?`, ${this.t(`badge.deceased`)}`:``}</span>
        </button>
      </div>
      ${n?w`<div class="panel warning" part="deceased-confirm" role="group" aria-labelledby="confirm-${e.id}">
            <p class="title" id="confirm-${e.id}" tabindex="-1">${this.t(`deceased.title`)}</p>
            <p>${this.t(`deceased.text`,{name:t,date:r?this.t(`deceased.date`,{date:Yn(r,this.locale)}):this.t(`deceased.unknown`)})}</p>
            <div class="actions">
              <button type="button" class="button warning" part="confirm-button" ?disabled=${this.isDisabled} @click=${()=>this.handleSelect(e)}>${this.t(`deceased.confirm`)}</button>
              <button type="button" class="button secondary" part="cancel-button" @click=${()=>this.cancelConfirm(e)}>${this.t(`cancel`)}</button>
            </div>
          </div>`:T}
    </li>`}renderResults(e){return e.patients.length?w`<section class="stack" aria-labelledby="results-title">
      <div>
        <p class="title" id="results-title">${this.t(`results.count`,{count:e.patients.length})}</p>
        <p class="hint">${this.t(`results.confirm`)}</p>
      </div>
      ${e.total>e.patients.length?w`<p class="panel info">${this.t(`results.more`,{shown:e.patients.length,total:e.total})}</p>`:T}
      <ul class="results" part="results" aria-labelledby="results-title">
        ${e.patients.map(e=>this.renderResult(e))}
      </ul>
    </section>`:this.renderNone()}renderNone(){let e=this.query;if(!e)return w``;let t=Yn(e.dob,this.locale);return w`<div class="stack">
      <div class="panel" part="none-found">
        <p class="title">${this.t(`none.title`)}</p>
        <p>${e.mode===`nhs`?this.t(`none.nhs`,{nhs:ii(e.nhsNumber),dob:t}):this.t(`none.name`,{first:e.firstName,last:e.lastName,dob:t})}</p>
        <p>${this.t(`none.check.${e.mode}`)}</p>
      </div>
      ${this.allowRegister?this.renderTrace(e):T}
    </div>`}renderTrace(e){let t=this.trace,n=t.status,r=L[n];return w`<form class="stack" part="trace" novalidate autocomplete="off" aria-labelledby="trace-heading" @submit=${this.handleTrace}>
      <div>
        <p class="title" id="trace-heading">${this.t(`trace.title`)}</p>
        <p>${this.t(`trace.text`)}</p>
      </div>
      ${e.mode===`name`?this.renderTextField(`postcode`,`postcode`):T}
      ${n===`found`?T:w`<div class="actions">
            <button type="submit" class="button" part="trace-button" ?disabled=${this.isDisabled} aria-disabled=${n===`pending`}>${this.t(n===`idle`||n===`pending`?`trace.title`:`trace.again`)}</button>
          </div>`}
      ${n===`pending`?this.renderBusy(`trace.pending`):n===`error`?this.renderError(t.error):T}
      ${r?w`<div class="panel ${n===`no-match`?`warning`:`info`}" role=${n===`found`?T:`alert`}>
            <p class="title" id="trace-title">${this.t(r.title)}</p>
            <p>${this.t(r.text??`trace.none.${e.mode}`)}</p>
            ${n===`verify`&&t.link?w`<p><a href=${t.link} target="_blank" rel="noopener noreferrer">${this.t(`trace.verify.link`)}</a></p>`:T}
          </div>`:T}
      ${n===`found`?w`<ul class="results" part="results" aria-labelledby="trace-title">${this.renderResult(t.patient)}</ul>`:T}
    </form>`}renderSelected(e){return w`<section class="result selected" part="selected result" aria-labelledby="selected-title">
      <p class="hint" id="selected-title" tabindex="-1">${this.t(`selected.title`)}</p>
      ${this.renderPatient(e,`selected-name`)}
      <div class="actions">
        <button type="button" class="button secondary" part="change-button" ?disabled=${this.isDisabled} @click=${this.handleChange}>${this.t(`change`)}</button>
      </div>
    </section>`}render(){let e=this.renderErrorSummary(Object.values(this.errors)),t=this.selected?this.renderSelected(this.selected):w`${e}
          ${this.renderErrorMessage(this.showRequired&&this.required?`${this.t(`required`)}. ${this.t(`required.hint`)}`:void 0)}
          ${this.renderForm()}
          <div class="stack" aria-busy=${this.search.status===A.PENDING}>
            ${this.search.render({pending:()=>this.renderBusy(`searching`),complete:e=>this.renderResults(e),error:e=>tn(e)?T:this.renderError(e,()=>void this.search.run())})}
          </div>`;return w`<div class="base" part="base">
      ${this.renderAnnouncer()}
      ${t}
    </div>`}};customElements.get(`hero-patient-lookup`)||customElements.define(`hero-patient-lookup`,oa);var sa=new WeakMap;function ca(e,t){let n=sa.get(e);return n||(n=Promise.all([e.listAll(`/v1/appointment_types`),e.listAll(`/v1/locations`),e.listAll(`/v1/practitioners`)]).then(([e,t,n])=>({types:e.data,locations:t.data,practitioners:n.data,typeById:new Map(e.data.map(e=>[e.id,e])),locationById:new Map(t.data.map(e=>[e.id,e])),practitionerById:new Map(n.data.map(e=>[e.id,e]))})),sa.set(e,n),n.catch(()=>{sa.get(e)===n&&sa.delete(e)})),mn(n,t)}var la=[`morning`,`afternoon`,`evening`];function ua(e,t,n){let r=e.map(e=>{let t=Date.parse(e.start_time);return{slot:e,startMs:t,day:Hr(t),period:Xr(t)}});r.sort((e,t)=>e.startMs-t.startMs||e.slot.id.localeCompare(t.slot.id));let i=new Map;for(let e of r){let t=i.get(e.day);t||i.set(e.day,t=[]),t.push(e)}return{start:t,end:n,slots:r,byDay:i}}function da(e,t,n){return{start_date:t,end_date:n,appointment_type_id:e.appointmentTypeId,...e.locationId?{location_id:e.locationId}:{},...e.practitionerId?{practitioner_id:e.practitionerId}:{}}}async function fa(e,t,n,r){let i=await e.get(`/v1/slots`,{query:{...da(t,n,Kr(n,55)),page_index:0,page_size:100},signal:r}),a;for(let e of i.data){let t=Date.parse(e.start_time);(a===void 0||t<a)&&(a=t)}return a===void 0?void 0:Hr(a)}var pa=[tr,nr,Be`:host{--_accent:var(--hero-slot-picker-accent,var(--hero-color-primary,#005eb8));--_on-accent:var(--hero-slot-picker-on-accent,var(--hero-color-on-primary,#ffffff));--_slot-bg:var(--hero-slot-picker-slot-background,var(--hero-color-surface,#ffffff));--_slot-border:var(--hero-slot-picker-slot-border,var(--hero-color-border,#828e96));--_slot-min:var(--hero-slot-picker-slot-min-width,9.5rem);--_gap:var(--hero-slot-picker-gap,var(--hero-space-s,0.5rem));--_radius:var(--hero-slot-picker-radius,var(--hero-radius-m,0.5rem));--_panel-bg:var(--hero-slot-picker-panel-background,var(--hero-color-surface-raised,#f0f4f5));--_muted:var(--hero-color-text-muted,#4c6272);--_target:var(--hero-target-size,2.75rem)}.base{display:flex;flex-direction:column;gap:var(--hero-space-m,1rem);min-width:0}.heading{margin:0;font-size:var(--hero-font-size-xl,1.5rem);line-height:1.25;display:flex;align-items:center;gap:var(--hero-space-s,0.5rem)}.heading:focus,.message:focus{outline:none}.loading{min-height:var(--_target);color:var(--_muted)}.message.warning{border-color:var(--hero-color-warning,#8a4b00);background:var(--hero-color-warning-surface,#fff4e0)}.message{display:flex;flex-direction:column;align-items:flex-start;gap:var(--hero-space-s,0.5rem)}.choose{display:flex;flex-direction:column;align-items:flex-start;gap:var(--hero-space-l,1.5rem)}fieldset{inline-size:100%}fieldset[aria-invalid='true']{border-inline-start:4px solid var(--hero-color-danger,#d5281b);padding-inline-start:var(--hero-space-m,1rem)}.options{display:grid;gap:var(--_gap)}.option,.day,.slot{min-height:var(--_target);border:var(--hero-border-width,1px) solid var(--_slot-border);border-radius:var(--_radius);background:var(--_slot-bg);cursor:pointer}.option{display:flex;align-items:flex-start;gap:var(--hero-space-s,0.5rem);padding:var(--hero-space-s,0.5rem) var(--hero-space-m,1rem)}.option:has(input:checked){border-color:var(--_accent);box-shadow:inset 0 0 0 1px var(--_accent)}.option input{inline-size:1.5rem;block-size:1.5rem;margin:0.125rem 0 0;flex:none;accent-color:var(--_accent)}.option-text{display:flex;flex-direction:column;min-width:0}.option-name{font-weight:var(--hero-font-weight-bold,600)}.option-facts,.option-next,.type-line,.slot-detail{color:var(--_muted);font-size:var(--hero-font-size-s,0.875rem)}.slots-header{display:flex;flex-wrap:wrap;align-items:center;gap:var(--hero-space-xs,0.25rem) var(--hero-space-m,1rem)}.slots-header .heading{flex:1 1 auto}.slots-header .type-line{flex-basis:100%;order:3}.button.small{min-height:max(24px,calc(var(--_target) * 0.8))}.filters{display:flex;flex-wrap:wrap;gap:var(--hero-space-m,1rem)}.filter{display:flex;flex-direction:column;gap:var(--hero-space-xs,0.25rem);flex:1 1 14rem;min-width:0;font-weight:var(--hero-font-weight-bold,600)}select{min-height:var(--_target);max-inline-size:100%;padding:var(--hero-space-xs,0.25rem) var(--hero-space-s,0.5rem);border:var(--hero-border-width,1px) solid var(--hero-color-border-strong,#4c6272);border-radius:var(--hero-radius-s,0.25rem);background:var(--hero-color-surface,#ffffff);color:inherit;font:inherit;font-weight:var(--hero-font-weight-normal,400)}.day-nav{display:flex;flex-direction:column;gap:var(--_gap)}.week{display:flex;align-items:center;justify-content:space-between;gap:var(--_gap)}.range{flex:1 1 auto;text-align:center;font-weight:var(--hero-font-weight-bold,600)}.nav-button{padding-inline:var(--hero-space-s,0.5rem)}.next-available{align-self:flex-start}.days{display:grid;grid-auto-flow:column;grid-auto-columns:minmax(4.5rem,1fr);gap:var(--hero-space-xs,0.25rem);overflow-x:auto;padding:calc(var(--hero-focus-ring-width,3px) + var(--hero-focus-ring-offset,2px));margin-block:calc(-1 * (var(--hero-focus-ring-width,3px) + var(--hero-focus-ring-offset,2px)));scrollbar-width:thin}.day{display:flex;flex-direction:column;align-items:center;justify-content:center;min-width:24px;padding:var(--hero-space-xs,0.25rem) 0;color:inherit;font:inherit;font-size:var(--hero-font-size-s,0.875rem);line-height:1.25;text-align:center}.day.no-slots{color:var(--_muted)}.day-name{font-weight:var(--hero-font-weight-bold,600)}.day-panel{min-height:4rem}.slots{display:flex;flex-direction:column;gap:var(--hero-space-m,1rem)}.period-heading{margin-block-end:var(--hero-space-xs,0.25rem);font-weight:var(--hero-font-weight-bold,600)}.period-slots{display:grid;grid-template-columns:repeat(auto-fill,minmax(min(100%,var(--_slot-min)),1fr));gap:var(--_gap)}.slot{display:flex;flex-direction:column;padding:var(--hero-space-xs,0.25rem) var(--hero-space-s,0.5rem);line-height:1.3;overflow-wrap:anywhere;transition:background-color var(--hero-transition-fast,120ms ease-out)}.slot:hover{border-color:var(--_accent)}.slot-time{font-weight:var(--hero-font-weight-bold,600)}.slot[aria-selected='true'],.day[aria-selected='true']{border-color:var(--_accent);background:var(--_accent);color:var(--_on-accent)}.slot[aria-selected='true'] .slot-detail{color:inherit}.selection{position:sticky;bottom:0;display:flex;flex-wrap:wrap;align-items:center;justify-content:space-between;gap:var(--_gap) var(--hero-space-m,1rem);padding:var(--hero-space-m,1rem);border:var(--hero-border-width,1px) solid var(--_accent);border-radius:var(--_radius);background:var(--hero-color-info-surface,#e8f1fa)}.selection p{flex:1 1 16rem}.panel{display:flex;flex-direction:column;gap:var(--hero-space-m,1rem);padding:var(--hero-space-m,1rem);border-radius:var(--_radius);background:var(--_panel-bg)}.confirmation{border-inline-start:4px solid var(--hero-color-success,#007f3b)}.confirmation .heading svg{color:var(--hero-color-success,#007f3b);flex:none}.hold{display:flex;flex-wrap:wrap;align-items:baseline;gap:var(--hero-space-s,0.5rem)}.countdown{font-size:var(--hero-font-size-xl,1.5rem);font-weight:var(--hero-font-weight-bold,600);font-variant-numeric:tabular-nums}.details{display:grid;gap:var(--hero-space-s,0.5rem)}.details div{display:grid;grid-template-columns:minmax(6rem,10rem) 1fr;gap:var(--hero-space-s,0.5rem)}.details dt{font-weight:var(--hero-font-weight-bold,600)}.details dd{min-width:0;overflow-wrap:anywhere}.actions{display:flex;flex-wrap:wrap;gap:var(--_gap)}@media (max-width:30rem){.details div{grid-template-columns:1fr;gap:0}.nav-button span{font-size:var(--hero-font-size-s,0.875rem)}}@media (forced-colors:active){.slot,.day,.option{border-color:ButtonText}.slot[aria-selected='true'],.day[aria-selected='true']{forced-color-adjust:none;background:Highlight;color:HighlightText;border-color:Highlight}.slot[aria-selected='true'] .slot-detail{color:HighlightText}.option:has(input:checked){border-color:Highlight;outline:2px solid Highlight}.selection,.panel{border:1px solid CanvasText}}





























































































































































































































































































































































  `],ma={"choose.heading":`Book an appointment`,"choose.typeLegend":`What type of appointment do you need?`,"choose.locationLegend":`Where would you like to be seen?`,"choose.anyLocation":`Any location`,"choose.continue":`Show available times`,"choose.typeRequired":`Choose the type of appointment you need`,"choose.noTypes":`This practice has no appointments that can be booked online. Contact the practice to make an appointment.`,"type.duration":he(`{count} minute`,`{count} minutes`),"type.inPerson":`In person`,"type.telephone":`Telephone`,"type.video":`Video`,"type.nhs":`NHS`,"type.paid":`Private, {price}`,"type.next":`Next available: {when}`,"type.noneSoon":`No appointments available at the moment`,"slots.heading":`Choose a time`,"slots.changeType":`Change appointment type`,"filter.location":`Location`,"filter.anyLocation":`Any location`,"filter.practitioner":`Practitioner`,"filter.anyPractitioner":`Any practitioner`,"nav.label":`Days`,"nav.range":`{from} to {to}`,"nav.previous":`Previous week`,"nav.next":`Next week`,"nav.nextAvailable":`Next day with appointments`,"nav.noneAfter":`There are no appointments in the {weeks} weeks after {day}.`,"day.count":he(`{count} time`,`{count} times`),"day.none":`No times`,"day.empty":`There are no appointments on {day}.`,"slots.listLabel":`Available times on {day}`,"period.morning":`Morning`,"period.afternoon":`Afternoon`,"period.evening":`Evening`,"slot.unknownPractitioner":`a clinician`,"slot.unknownLocation":`the practice`,"loading.reference":`Loading appointment types…`,"loading.slots":`Finding available times…`,"loading.nextAvailable":`Looking for the next day with appointments…`,"empty.window":`There are no appointments from {from} to {to}.`,"empty.goTo":`Show {day}, the next day with appointments`,"empty.noneSoon":`There are no appointments in the {weeks} weeks after that either. Try another practitioner, location or type of appointment, or contact the practice.`,"selection.text":`You have chosen {when} with {practitioner} at {location}.`,"selection.reserve":`Reserve this time`,"selection.reserving":`Reserving…`,"summary.heading":`Check and confirm your appointment`,"summary.holding":`We are holding this time for you for`,"summary.holdingAria":he(`{count} minute left to confirm`,`{count} minutes left to confirm`),"summary.when":`Date and time`,"summary.type":`Appointment`,"summary.with":`With`,"summary.where":`Where`,"summary.length":`Length`,"summary.cost":`Cost`,"summary.free":`Free (NHS)`,"summary.confirm":`Confirm appointment`,"summary.confirming":`Confirming…`,"summary.back":`Back to times`,"summary.cancelling":`Releasing this time…`,"booked.heading":`Appointment booked`,"booked.text":`Your appointment is confirmed.`,"booked.another":`Book another appointment`,"notice.taken":`Sorry, someone else has just booked that time. Choose another time.`,"notice.lapsed":`We could not hold that time any longer, so it has been released. Choose a time again.`,"announce.slots":he(`{count} appointment available from {from} to {to}.`,`{count} appointments available from {from} to {to}.`),"announce.reserved":`Time reserved. Check the details and confirm the appointment.`,"announce.minutes":he(`{count} minute left to confirm your appointment.`,`{count} minutes left to confirm your appointment.`),"announce.seconds":`{count} seconds left to confirm your appointment.`,"announce.booked":`Appointment booked.`,"announce.released":`The time has been released.`,when:`{day} at {time}`},ha=[6e5,3e5,12e4,6e4,3e4],ga=7,_a=90,va=class extends jn{static{this.styles=pa}static{this.translations={"en-GB":ma}}static{this.translationKey=`slotPicker`}static{this.properties={appointmentTypeId:{attribute:`appointment-type-id`},locationId:{attribute:`location-id`},practitionerId:{attribute:`practitioner-id`},patientId:{attribute:`patient-id`},startDate:{attribute:`start-date`},days:{type:Number},step:{state:!0},chosenTypeId:{state:!0},draftTypeId:{state:!0},draftLocationId:{state:!0},chooseErrors:{state:!0},locationFilter:{state:!0},practitionerFilter:{state:!0},windowStart:{state:!0},weekStart:{state:!0},chosenDay:{state:!0},selectedSlotId:{state:!0},activeSlotId:{state:!0},reservation:{state:!0},booked:{state:!0},notice:{state:!0},actionError:{state:!0},busy:{state:!0},navMessage:{state:!0},remainingMs:{state:!0},refreshes:{state:!0}}}#e=new Fn(this,{task:async([e],{signal:t})=>ca(e??this.requireClient(),t),args:()=>[this.client],onError:e=>void this.reportError(e)});#t=new Fn(this,{task:async([e,t,n,r,i,a],{signal:o})=>{if(!t)return;e??=this.requireClient();let s=Kr(i,a-1),c={appointmentTypeId:t,locationId:n,practitionerId:r},{data:l}=await e.listAll(`/v1/slots`,{query:da(c,i,s),signal:o}),u=ua(l,i,s);return u.slots.length===0&&(u.nextAvailable=await fa(e,c,Kr(s,1),o)),u},args:()=>[this.client,this.typeId,this.locationFilter,this.practitionerFilter,this.windowStart,this.windowDays,this.refreshes],onComplete:e=>{if(!e)return;let t=this.t(`announce.slots`,{count:e.slots.length,from:M(e.start,this.locale),to:M(e.end,this.locale)});this.announce(this.notice?`${this.notice} ${t}`:t)},onError:e=>void this.reportError(e)});#n;#r=new Set;constructor(){super(),this.step=`choose`,this.draftLocationId=``,this.chooseErrors=[],this.locationFilter=``,this.practitionerFilter=``,this.windowStart=``,this.weekStart=``,this.remainingMs=0,this.refreshes=0,this.days=7}disconnectedCallback(){super.disconnectedCallback(),this.#j()}connectedCallback(){super.connectedCallback(),this.step===`summary`&&this.reservation&&this.#A()}willUpdate(e){e.has(`appointmentTypeId`)&&(this.#k(),this.chosenTypeId=void 0,this.selectedSlotId=void 0,this.step=this.appointmentTypeId?`slots`:`choose`),e.has(`locationId`)&&(this.locationFilter=this.locationId??``),e.has(`practitionerId`)&&(this.practitionerFilter=this.practitionerId??``),(e.has(`startDate`)||!this.windowStart)&&(this.windowStart=this.startDate&&Jr(this.startDate)?this.startDate:this.#a(),this.weekStart=this.windowStart,this.chosenDay=void 0),super.willUpdate(e)}updated(e){super.updated(e),this.#i()}#i(){this.#e.status===2&&(this.step===`choose`||this.#t.status===2&&this.#t.value)&&this.markReady()}get typeId(){return this.appointmentTypeId||this.chosenTypeId||void 0}get windowDays(){let e=Math.floor(Number(this.days));return Number.isFinite(e)?Math.min(_a,Math.max(1,e)):7}get windowEnd(){return Kr(this.windowStart,this.windowDays-1)}#a(){return Ur(Date.now())}get visibleDays(){let e=[];for(let t=0;t<ga;t++){let n=Kr(this.weekStart,t);if(n>this.windowEnd)break;e.push(n)}return e}dayOnScreen(e){let t=this.visibleDays;return this.chosenDay&&t.includes(this.chosenDay)?this.chosenDay:t.find(t=>e?.byDay.get(t)?.length)??t[0]??this.weekStart}#o(e){if(e)return this.#t.value?.slots.find(t=>t.slot.id===e)}#s(e){this.draftTypeId=e.target.value,this.chooseErrors=[]}#c(e){this.draftLocationId=e.target.value}#l(e){e.preventDefault(),this.draftTypeId?(this.chosenTypeId=this.draftTypeId,this.locationId||(this.locationFilter=this.draftLocationId),this.selectedSlotId=void 0,this.notice=void 0,this.step=`slots`,this.focusOn(`#slots-heading`)):(this.chooseErrors=[this.t(`choose.typeRequired`)],this.focusOn(`#error-summary`))}#u(){this.draftTypeId=this.chosenTypeId,this.draftLocationId=this.locationFilter,this.selectedSlotId=void 0,this.notice=void 0,this.actionError=void 0,this.step=`choose`,this.focusOn(`#choose-heading`)}#d(e){this.locationFilter=e.target.value,this.#p()}#f(e){this.practitionerFilter=e.target.value,this.#p()}#p(){this.chosenDay=void 0,this.notice=void 0,this.navMessage=void 0,this.actionError=void 0}#m(e){if(this.navMessage=void 0,this.notice=void 0,this.chosenDay=void 0,e===1){let e=Kr(this.weekStart,ga);e<=this.windowEnd?this.weekStart=e:this.#h(e);return}let t=this.#a();if(this.weekStart<=t)return;let n=Kr(this.weekStart,-7);n>=this.windowStart?this.weekStart=n:this.#h(n<t?t:n)}#h(e,t){this.windowStart=e,this.weekStart=e,this.chosenDay=t}#g(e){this.navMessage=void 0,e>=this.windowStart&&e<=this.windowEnd?(this.weekStart=Kr(this.windowStart,Math.floor(qr(this.windowStart,e)/ga)*ga),this.chosenDay=e):this.#h(e,e)}#_(e){let t=e.target.closest(`[data-day]`)?.dataset.day;t&&(this.chosenDay=t)}#v(e){let t=this.visibleDays,n=t.indexOf(this.dayOnScreen(this.#t.value)),r;if(e.key===`ArrowRight`?r=Math.min(t.length-1,n+1):e.key===`ArrowLeft`?r=Math.max(0,n-1):e.key===`Home`?r=0:e.key===`End`&&(r=t.length-1),r===void 0)return;e.preventDefault();let i=t[r];i&&(this.chosenDay=i,this.focusOn(`#day-${i}`))}async#y(){let e=this.#t.value,t=this.dayOnScreen(e),n=e?[...e.byDay.keys()].find(e=>e>t):void 0;if(n){this.#g(n),this.focusOn(`#day-${n}`);return}let r=this.typeId;if(!this.busy&&r){this.busy=`next`,this.navMessage=void 0,this.actionError=void 0;try{let e=this.requireClient(),t=Kr(this.windowEnd,1),n=await fa(e,{appointmentTypeId:r,locationId:this.locationFilter,practitionerId:this.practitionerFilter},t);n?(this.#g(n),this.focusOn(`#slots-heading`)):(this.navMessage=this.t(`nav.noneAfter`,{weeks:56/ga,day:M(this.windowEnd,this.locale)}),this.announce(this.navMessage))}catch(e){let t=this.reportError(e);t&&(this.actionError={error:t,retry:()=>void this.#y()})}finally{this.busy=void 0}}}#b(e){let t=e.target.closest(`[role="option"]`)?.dataset.id;t&&this.#S(t)}#x(e,t){let n=t.map(e=>e.slot.id),r=Math.max(0,n.indexOf(this.activeSlotId??this.selectedSlotId??``)),i;switch(e.key){case`ArrowDown`:case`ArrowRight`:i=Math.min(n.length-1,r+1);break;case`ArrowUp`:case`ArrowLeft`:i=Math.max(0,r-1);break;case`Home`:i=0;break;case`End`:i=n.length-1;break;case`Enter`:case` `:{e.preventDefault();let t=n[r];t&&this.#S(t);return}default:return}e.preventDefault();let a=n[i];a&&(this.activeSlotId=a,this.focusOn(`#slot-${a}`))}#S(e){let t=this.#o(e);t&&(this.activeSlotId=e,this.actionError=void 0,this.selectedSlotId!==e&&(this.selectedSlotId=e,this.emit(`hero-slot-select`,{slot:t.slot})))}async#C(){let e=this.#o(this.selectedSlotId);if(this.busy||!e||this.step!==`slots`)return;this.busy=`reserve`,this.actionError=void 0,this.notice=void 0;let{slot:t}=e;try{let e=this.requireClient(),n=this.#e.value?.typeById.get(t.appointment_type_id),r={appointment_type_id:t.appointment_type_id,location_id:t.location_id,practitioner_id:t.practitioner_id,start_time:t.start_time,duration:n?.duration??Math.round((Date.parse(t.finish_time)-Date.parse(t.start_time))/6e4)};this.patientId&&(r.patient_id=this.patientId);let i=await e.post(`/v1/appointments`,{body:r});this.reservation={appointmentId:i.id,reservedUntil:i.reserved_until??null,slot:t},this.step=`summary`,this.#A(),this.focusOn(`#summary-heading`),this.announce(this.t(`announce.reserved`)),this.emit(`hero-appointment-reserve`,{appointment_id:i.id,reserved_until:i.reserved_until??null,slot:t})}catch(e){this.#D(e,()=>void this.#C())}finally{this.busy=void 0}}async#w(){let e=this.reservation;if(!this.busy&&e&&this.step===`summary`){this.busy=`book`,this.actionError=void 0;try{let t=await this.requireClient().patch(`/v1/appointments/{id}/book`,{path:{id:e.appointmentId},body:this.patientId?{patient_id:this.patientId}:{}});this.#j(),this.booked=t,this.reservation=void 0,this.step=`booked`,this.focusOn(`#booked-heading`),this.announce(this.t(`announce.booked`)),this.emit(`hero-appointment-book`,{appointment:t})}catch(e){this.#D(e,()=>void this.#w())}finally{this.busy=void 0}}}async#T(){let e=this.reservation;if(!this.busy&&e){this.busy=`cancel`;try{await this.requireClient().patch(`/v1/appointments/{id}/cancel`,{path:{id:e.appointmentId},body:{}})}catch{}finally{this.busy=void 0}this.#O(void 0),this.announce(this.t(`announce.released`))}}#E(){this.booked=void 0,this.selectedSlotId=void 0,this.notice=void 0,this.refreshes++,this.step=this.appointmentTypeId?`slots`:`choose`,this.focusOn(this.step===`choose`?`#choose-heading`:`#slots-heading`)}#D(e,t){if(tn(e))return;let n=nn(e);n.status===409||n.status===410?(this.#j(),this.#O(this.t(n.status===409?`notice.taken`:`notice.lapsed`),!0)):(this.reportError(n),this.actionError={error:n,retry:t})}#O(e,t=!1){this.#j(),this.reservation=void 0,this.actionError=void 0,t&&(this.selectedSlotId=void 0),this.notice=e,this.step=`slots`,this.refreshes++,this.focusOn(e?`#notice`:`#slots-heading`),e&&this.announce(e)}#k(){let e=this.reservation;e&&(this.#j(),this.reservation=void 0,this.client?.patch(`/v1/appointments/{id}/cancel`,{path:{id:e.appointmentId},body:{}}).catch(()=>void 0))}#A(){this.#j(),this.#r.clear();let e=this.reservation?.reservedUntil;if(!e)return;let t=Date.parse(e);for(let e of ha)t-Date.now()<=e&&this.#r.add(e);let n=()=>{let e=Math.max(0,t-Date.now());if(this.remainingMs=e,e===0)this.#O(this.t(`notice.lapsed`),!0);else for(let t of ha)if(e<=t&&!this.#r.has(t)){for(let e of ha)e>=t&&this.#r.add(e);this.announce(t>=6e4?this.t(`announce.minutes`,{count:Math.round(t/6e4)}):this.t(`announce.seconds`,{count:Math.round(t/1e3)}));break}};n(),this.#n=setInterval(n,1e3)}#j(){this.#n!==void 0&&clearInterval(this.#n),this.#n=void 0}refresh(){this.#e.status===3&&this.#e.run(),this.refreshes++}#M(e,t){let n=e.practitionerById.get(t);return n?ci(n):this.t(`slot.unknownPractitioner`)}#N(e,t){return e.locationById.get(t)?.name??this.t(`slot.unknownLocation`)}#P(e){return new Intl.NumberFormat(this.locale,{style:`currency`,currency:`GBP`}).format(e.price)}#F(e){let t=[this.t(`type.duration`,{count:e.duration})];return e.in_person&&t.push(this.t(`type.inPerson`)),e.telephone&&t.push(this.t(`type.telephone`)),e.video&&t.push(this.t(`type.video`)),t.push(e.sector===`paid`||e.price>0?this.t(`type.paid`,{price:this.#P(e)}):this.t(`type.nhs`)),t}#I(e){return this.t(`when`,ti(e,this.locale))}#L(e){return w`<div class="loading" part="loading" role="status" aria-busy="true">
      <span class="spinner" aria-hidden="true"></span><span>${this.t(e)}</span>
    </div>`}#R(e){let t=e.types,n=!this.locationId&&e.locations.length>1,r=this.chooseErrors.length?`type-error`:void 0;return w`
      <h2 id="choose-heading" class="heading" part="heading" tabindex="-1">${this.t(`choose.heading`)}</h2>
      ${this.renderErrorSummary(this.chooseErrors.map(e=>({target:`first-type`,message:e})),3)}
      ${t.length===0?w`<p class="message" part="empty">${this.t(`choose.noTypes`)}</p>`:w`<form class="choose" novalidate @submit=${this.#l}>
            <fieldset id="type-fieldset" aria-describedby=${r??T} aria-invalid=${r?`true`:T}>
              <legend>${this.t(`choose.typeLegend`)}</legend>
              ${r?w`<p id="type-error" class="error-message">${this.chooseErrors[0]}</p>`:T}
              <div class="options">
                ${t.map((e,t)=>{let n=e.next_available_at?Date.parse(e.next_available_at):void 0;return w`<label class="option" part="type-option">
                    <input
                      type="radio"
                      id=${t?T:`first-type`}
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
            ${n?w`<fieldset>
                  <legend>${this.t(`choose.locationLegend`)}</legend>
                  <div class="options">
                    ${[{id:``,name:this.t(`choose.anyLocation`),address:``},...e.locations.map(e=>({id:e.id,name:e.name,address:[e.address_line_1,e.address_line_2,e.town,e.postcode].filter(Boolean).join(`, `)}))].map(e=>w`<label class="option" part="location-option">
                        <input type="radio" name="location" .value=${e.id} .checked=${this.draftLocationId===e.id} @change=${this.#c} />
                        <span class="option-text">
                          <span class="option-name">${e.name}</span>
                          ${e.address?w`<span class="option-facts">${e.address}</span>`:T}
                        </span>
                      </label>`)}
                  </div>
                </fieldset>`:T}
            <button type="submit" class="button" part="continue-button">${this.t(`choose.continue`)}</button>
          </form>`}
    `}#z(e){let t=this.typeId?e.typeById.get(this.typeId):void 0,n=e.practitioners.filter(e=>!t||e.practitioner_type===t.practitioner_type),r=(n.length?n:e.practitioners).slice().sort((e,t)=>e.last_name.localeCompare(t.last_name)||e.first_name.localeCompare(t.first_name));return w`<div class="filters" part="filters">
      ${!this.locationId&&e.locations.length>1?w`<label class="filter">
            <span>${this.t(`filter.location`)}</span>
            <select part="location-filter" @change=${this.#d}>
              <option value="" ?selected=${!this.locationFilter}>${this.t(`filter.anyLocation`)}</option>
              ${e.locations.map(e=>w`<option value=${e.id} ?selected=${this.locationFilter===e.id}>${e.name}</option>`)}
            </select>
          </label>`:T}
      <label class="filter">
        <span>${this.t(`filter.practitioner`)}</span>
        <select part="practitioner-filter" @change=${this.#f}>
          <option value="" ?selected=${!this.practitionerFilter}>${this.t(`filter.anyPractitioner`)}</option>
          ${r.map(t=>w`<option value=${t.id} ?selected=${this.practitionerFilter===t.id}>${this.#M(e,t.id)}</option>`)}
        </select>
      </label>
    </div>`}#B(e,t){let n=this.visibleDays,r=n[0]??this.weekStart,i=n[n.length-1]??this.weekStart,a=this.#t.status===1,o=this.weekStart<=this.#a()||a,s=this.busy===`next`;return w`<nav class="day-nav" part="day-nav" aria-labelledby="range">
      <div class="week">
        <button type="button" class="button secondary nav-button" part="nav-button" aria-disabled=${o}
          @click=${()=>!o&&this.#m(-1)}>
          <svg aria-hidden="true" viewBox="0 0 16 16" width="16" height="16"><path d="M10 3 5 8l5 5" fill="none" stroke="currentColor" stroke-width="2"/></svg>
          <span>${this.t(`nav.previous`)}</span>
        </button>
        <p id="range" class="range">${this.t(`nav.range`,{from:M(r,this.locale,`short`),to:M(i,this.locale,`short`,!0)})}</p>
        <button type="button" class="button secondary nav-button" part="nav-button" aria-disabled=${a}
          @click=${()=>!a&&this.#m(1)}>
          <span>${this.t(`nav.next`)}</span>
          <svg aria-hidden="true" viewBox="0 0 16 16" width="16" height="16"><path d="m6 3 5 5-5 5" fill="none" stroke="currentColor" stroke-width="2"/></svg>
        </button>
      </div>
      <div class="days" role="tablist" aria-label=${this.t(`nav.label`)} @click=${this.#_} @keydown=${this.#v}>
        ${n.map(n=>{let r=e?.byDay.get(n)?.length??0,i=n===t,a=M(n,this.locale);return w`<button
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
            <span class="day-name" aria-hidden="true">${M(n,this.locale,`short`)}</span>
            <span class="visually-hidden">${a},</span>
            <span class="day-count">${e?r?this.t(`day.count`,{count:r}):this.t(`day.none`):T}</span>
          </button>`})}
      </div>
      <button type="button" class="button secondary nav-button next-available" part="nav-button"
        aria-disabled=${s||a} @click=${()=>!(s||a)&&void this.#y()}>
        ${s?this.t(`loading.nextAvailable`):this.t(`nav.nextAvailable`)}
      </button>
      ${this.navMessage?w`<p class="message" part="notice">${this.navMessage}</p>`:T}
    </nav>`}#V(e,t,n){if(t.slots.length===0){let e=M(t.start,this.locale),n=M(t.end,this.locale,`long`,!0),r=t.nextAvailable;return w`<div class="message empty" part="empty">
        <p>${this.t(`empty.window`,{from:e,to:n})}</p>
        ${r?w`<button type="button" class="button secondary" @click=${()=>this.#g(r)}>
              ${this.t(`empty.goTo`,{day:M(r,this.locale,`long`,!0)})}
            </button>`:w`<p>${this.t(`empty.noneSoon`,{weeks:56/ga})}</p>`}
      </div>`}let r=t.byDay.get(n)??[],i=M(n,this.locale);if(r.length===0)return w`<p class="message empty" part="empty">${this.t(`day.empty`,{day:i})}</p>`;let a=r.some(e=>e.slot.id===this.activeSlotId)?this.activeSlotId:r.some(e=>e.slot.id===this.selectedSlotId)?this.selectedSlotId:r[0]?.slot.id;return w`<div
      class="slots"
      part="slots"
      role="listbox"
      aria-label=${this.t(`slots.listLabel`,{day:i})}
      @click=${this.#b}
      @keydown=${e=>this.#x(e,r)}
    >
      ${la.map(t=>{let n=r.filter(e=>e.period===t);if(!n.length)return T;let i=this.t(`period.${t}`);return w`<div class="period" part="period" role="group" aria-label=${i}>
          <div class="period-heading" part="period-heading" aria-hidden="true">${i}</div>
          <div class="period-slots">${n.map(t=>this.#H(e,t,a))}</div>
        </div>`})}
    </div>`}#H(e,t,n){let{slot:r}=t,i=r.id===this.selectedSlotId,a=ei(t.startMs,this.locale),o=this.#M(e,r.practitioner_id),s=this.#N(e,r.location_id);return w`<div
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
    </div>`}#U(e,t){let n=this.busy===`reserve`;return w`<div class="selection" part="selection">
      <p>
        ${this.t(`selection.text`,{when:this.#I(t.startMs),practitioner:this.#M(e,t.slot.practitioner_id),location:this.#N(e,t.slot.location_id)})}
      </p>
      <button type="button" class="button" part="reserve-button" aria-disabled=${n} @click=${this.#C}>
        ${n?this.t(`selection.reserving`):this.t(`selection.reserve`)}
      </button>
    </div>`}#W(e){let t=this.#t.value,n=this.dayOnScreen(t),r=this.typeId?e.typeById.get(this.typeId):void 0,i=this.#o(this.selectedSlotId),a=this.#t.status;return w`
      <div class="slots-header">
        <h2 id="slots-heading" class="heading" part="heading" tabindex="-1">${this.t(`slots.heading`)}</h2>
        ${r?w`<p class="type-line">${r.name} · ${this.#F(r).join(` · `)}</p>`:T}
        ${this.appointmentTypeId?T:w`<button type="button" class="button secondary small" @click=${this.#u}>${this.t(`slots.changeType`)}</button>`}
      </div>
      ${this.notice?w`<div id="notice" class="message warning" part="notice" role="alert" tabindex="-1">${this.notice}</div>`:T}
      ${this.#z(e)} ${this.#B(a===2?t:void 0,n)}
      <div id="day-panel" class="day-panel" role="tabpanel" aria-labelledby=${`day-${n}`} aria-busy=${a===1}>
        ${this.#t.render({pending:()=>this.#L(`loading.slots`),complete:t=>t?this.#V(e,t,n):T,error:e=>this.renderError(e,()=>void this.#t.run())})}
      </div>
      ${a===2&&i?this.#U(e,i):T}
      ${this.actionError?this.renderError(this.actionError.error,this.actionError.retry):T}
    `}#G(e,t,n){let r=e.typeById.get(t.appointment_type_id),i=Date.parse(t.start_time);return w`<dl class="details">
      <div><dt>${this.t(`summary.when`)}</dt><dd>${this.#I(i)}</dd></div>
      ${r?w`<div><dt>${this.t(`summary.type`)}</dt><dd>${r.name}</dd></div>`:T}
      <div><dt>${this.t(`summary.with`)}</dt><dd>${this.#M(e,t.practitioner_id)}</dd></div>
      <div><dt>${this.t(`summary.where`)}</dt><dd>${this.#N(e,t.location_id)}</dd></div>
      <div><dt>${this.t(`summary.length`)}</dt><dd>${this.t(`type.duration`,{count:n??r?.duration??0})}</dd></div>
      ${r?w`<div><dt>${this.t(`summary.cost`)}</dt><dd>${r.sector===`paid`||r.price>0?this.#P(r):this.t(`summary.free`)}</dd></div>`:T}
    </dl>`}#K(e,t){let n=this.busy===`book`,r=this.busy===`cancel`,i=Math.ceil(this.remainingMs/1e3),a=`${String(Math.floor(i/60)).padStart(2,`0`)}:${String(i%60).padStart(2,`0`)}`;return w`<section class="panel summary" part="summary" aria-labelledby="summary-heading">
      <h2 id="summary-heading" class="heading" part="heading" tabindex="-1">${this.t(`summary.heading`)}</h2>
      ${t.reservedUntil?w`<p class="hold">
            <span>${this.t(`summary.holding`)}</span>
            <span class="countdown" part="countdown" role="timer" aria-label=${this.t(`summary.holdingAria`,{count:Math.ceil(i/60)})}>${a}</span>
          </p>`:T}
      ${this.#G(e,t.slot)}
      ${this.actionError?this.renderError(this.actionError.error,this.actionError.retry):T}
      <div class="actions">
        <button type="button" class="button" part="confirm-button" aria-disabled=${n||r} @click=${this.#w}>
          ${n?this.t(`summary.confirming`):this.t(`summary.confirm`)}
        </button>
        <button type="button" class="button secondary" part="back-button" aria-disabled=${n||r} @click=${this.#T}>
          ${r?this.t(`summary.cancelling`):this.t(`summary.back`)}
        </button>
      </div>
    </section>`}#q(e,t){let{start_time:n}=t;return w`<section class="panel confirmation" part="confirmation" aria-labelledby="booked-heading">
      <h2 id="booked-heading" class="heading" part="heading" tabindex="-1">
        <svg aria-hidden="true" viewBox="0 0 24 24" width="24" height="24"><path d="m5 12.5 4.5 4.5L19 7.5" fill="none" stroke="currentColor" stroke-width="2.5"/></svg>
        ${this.t(`booked.heading`)}
      </h2>
      <p>${this.t(`booked.text`)}</p>
      ${n?this.#G(e,{...t,start_time:n},t.duration):T}
      <button type="button" class="button secondary" @click=${this.#E}>${this.t(`booked.another`)}</button>
    </section>`}#J(e){switch(this.step){case`choose`:return this.#R(e);case`slots`:return this.#W(e);case`summary`:return this.reservation?this.#K(e,this.reservation):T;case`booked`:return this.booked?this.#q(e,this.booked):T}}render(){return w`<div class="base" part="base">
      ${this.#e.render({initial:()=>this.#L(`loading.reference`),pending:()=>this.#L(`loading.reference`),complete:e=>this.#J(e),error:e=>this.renderError(e,()=>this.refresh())})}
      ${this.renderAnnouncer()}
    </div>`}};customElements.get(`hero-slot-picker`)||customElements.define(`hero-slot-picker`,va);var ya=y({tagName:`hero-provider`,elementClass:Nn,react:b,displayName:`HeroProvider`});y({tagName:`hero-form-renderer`,elementClass:Mr,react:b,events:{onHeroFormSubmit:`hero-form-submit`,onHeroFormDraft:`hero-form-draft`,onHeroReady:`hero-ready`,onHeroError:`hero-error`},displayName:`HeroFormRenderer`});var ba=y({tagName:`hero-message-composer`,elementClass:Zi,react:b,events:{onHeroMessageSend:`hero-message-send`,onHeroMessageStatus:`hero-message-status`,onHeroReady:`hero-ready`,onHeroError:`hero-error`},displayName:`HeroMessageComposer`}),xa=y({tagName:`hero-patient-lookup`,elementClass:oa,react:b,events:{onHeroPatientSelect:`hero-patient-select`,onHeroIdentityVerification:`hero-identity-verification`,onHeroReady:`hero-ready`,onHeroError:`hero-error`},displayName:`HeroPatientLookup`});y({tagName:`hero-slot-picker`,elementClass:va,react:b,events:{onHeroSlotSelect:`hero-slot-select`,onHeroAppointmentReserve:`hero-appointment-reserve`,onHeroAppointmentBook:`hero-appointment-book`,onHeroReady:`hero-ready`,onHeroError:`hero-error`},displayName:`HeroSlotPicker`});var Sa=o((e=>{var t=u(),n=Symbol.for(`react.element`),r=Object.prototype.hasOwnProperty,i=t.__SECRET_INTERNALS_DO_NOT_USE_OR_YOU_WILL_BE_FIRED.ReactCurrentOwner,a={key:!0,ref:!0,__self:!0,__source:!0};function o(e,t,o){var s,c={},l=null,u=null;for(s in o!==void 0&&(l=``+o),t.key!==void 0&&(l=``+t.key),t.ref!==void 0&&(u=t.ref),t)r.call(t,s)&&!a.hasOwnProperty(s)&&(c[s]=t[s]);if(e&&e.defaultProps)for(s in t=e.defaultProps,t)c[s]===void 0&&(c[s]=t[s]);return{$$typeof:n,type:e,key:l,ref:u,props:c,_owner:i.current}}e.jsx=o,e.jsxs=o})),R=o(((e,t)=>{t.exports=Sa()}))();async function Ca(){let e=await fetch(`/api/hero-token`,{credentials:`include`});if(!e.ok)throw Error(`The token route answered ${e.status}`);let{access_token:t}=await e.json();return t}var wa=`sms email nhs_app hero`;function Ta(){let[e,t]=(0,b.useState)(),[n,r]=(0,b.useState)(wa),[i,a]=(0,b.useState)(0),o=(0,b.useCallback)(e=>{let n=e.detail.patient;t({id:String(n.id),name:[n.first_name,n.last_name].filter(Boolean).join(` `)})},[]);return(0,R.jsxs)(`main`,{children:[(0,R.jsx)(`h1`,{children:`Hero Elements in React`}),(0,R.jsxs)(`p`,{children:[`React `,(0,R.jsx)(`span`,{"data-testid":`react-version`,children:b.version})]}),(0,R.jsxs)(ya,{tenantId:`1001`,tokenProvider:Ca,children:[(0,R.jsxs)(`section`,{"aria-labelledby":`find`,children:[(0,R.jsx)(`h2`,{id:`find`,children:`Find a patient`}),(0,R.jsx)(xa,{onHeroPatientSelect:o})]}),(0,R.jsxs)(`section`,{"aria-labelledby":`chosen`,children:[(0,R.jsx)(`h2`,{id:`chosen`,children:`Chosen patient`}),(0,R.jsx)(`p`,{role:`status`,children:e?`Writing to ${e.name}`:`No patient chosen yet`})]}),(0,R.jsxs)(`section`,{"aria-labelledby":`message`,children:[(0,R.jsx)(`h2`,{id:`message`,children:`Message the patient`}),(0,R.jsxs)(`div`,{role:`group`,"aria-label":`Channels offered`,children:[(0,R.jsx)(`button`,{type:`button`,"aria-pressed":n===`sms`,onClick:()=>r(`sms`),children:`Text message only`}),(0,R.jsx)(`button`,{type:`button`,"aria-pressed":n===wa,onClick:()=>r(wa),children:`All channels`})]}),(0,R.jsxs)(`p`,{children:[`Messages sent: `,i]}),e?(0,R.jsx)(ba,{patientId:e.id,channels:n,onHeroMessageSend:()=>a(e=>e+1)}):null]})]})]})}(0,ee.createRoot)(document.getElementById(`root`)).render((0,R.jsx)(b.StrictMode,{children:(0,R.jsx)(Ta,{})}));