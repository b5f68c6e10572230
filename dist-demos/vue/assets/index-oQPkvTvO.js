(function(){let e=document.createElement(`link`).relList;if(e&&e.supports&&e.supports(`modulepreload`))return;for(let e of document.querySelectorAll(`link[rel="modulepreload"]`))n(e);new MutationObserver(e=>{for(let t of e)if(t.type===`childList`)for(let e of t.addedNodes)e.tagName===`LINK`&&e.rel===`modulepreload`&&n(e)}).observe(document,{childList:!0,subtree:!0});function t(e){let t={};return e.integrity&&(t.integrity=e.integrity),e.referrerPolicy&&(t.referrerPolicy=e.referrerPolicy),t.credentials=e.crossOrigin===`use-credentials`?`include`:e.crossOrigin===`anonymous`?`omit`:`same-origin`,t}function n(e){if(e.ep)return;e.ep=!0;let n=t(e);fetch(e.href,n)}})();function e(e){let t=Object.create(null);for(let n of e.split(`,`))t[n]=1;return e=>e in t}var t={},n=[],r=()=>{},i=()=>!1,a=e=>e.charCodeAt(0)===111&&e.charCodeAt(1)===110&&(e.charCodeAt(2)>122||e.charCodeAt(2)<97),o=e=>e.startsWith(`onUpdate:`),s=Object.assign,c=(e,t)=>{let n=e.indexOf(t);n>-1&&e.splice(n,1)},l=Object.prototype.hasOwnProperty,u=(e,t)=>l.call(e,t),d=Array.isArray,f=e=>x(e)===`[object Map]`,p=e=>x(e)===`[object Set]`,m=e=>x(e)===`[object Date]`,h=e=>typeof e==`function`,g=e=>typeof e==`string`,_=e=>typeof e==`symbol`,v=e=>typeof e==`object`&&!!e,y=e=>(v(e)||h(e))&&h(e.then)&&h(e.catch),b=Object.prototype.toString,x=e=>b.call(e),S=e=>x(e).slice(8,-1),C=e=>x(e)===`[object Object]`,w=e=>g(e)&&e!==`NaN`&&e[0]!==`-`&&``+parseInt(e,10)===e,ee=e(`,key,ref,ref_for,ref_key,onVnodeBeforeMount,onVnodeMounted,onVnodeBeforeUpdate,onVnodeUpdated,onVnodeBeforeUnmount,onVnodeUnmounted`),te=e=>{let t=Object.create(null);return(n=>t[n]||(t[n]=e(n)))},ne=/-\w/g,T=te(e=>e.replace(ne,e=>e.slice(1).toUpperCase())),re=/\B([A-Z])/g,E=te(e=>e.replace(re,`-$1`).toLowerCase()),ie=te(e=>e.charAt(0).toUpperCase()+e.slice(1)),ae=te(e=>e?`on${ie(e)}`:``),D=(e,t)=>!Object.is(e,t),oe=(e,...t)=>{for(let n=0;n<e.length;n++)e[n](...t)},O=(e,t,n,r=!1)=>{Object.defineProperty(e,t,{configurable:!0,enumerable:!1,writable:r,value:n})},se=e=>{let t=parseFloat(e);return isNaN(t)?e:t},ce,le=()=>ce||=typeof globalThis<`u`?globalThis:typeof self<`u`?self:typeof window<`u`?window:typeof global<`u`?global:{};function ue(e){if(d(e)){let t={};for(let n=0;n<e.length;n++){let r=e[n],i=g(r)?me(r):ue(r);if(i)for(let e in i)t[e]=i[e]}return t}if(g(e)||v(e))return e}var de=/;(?![^(]*\))/g,fe=/:([^]+)/,pe=/"(?:[^"\\]|\\[^])*"|'(?:[^'\\]|\\[^])*'|\\[^]|\/\*[^]*?\*\//g;function me(e){let t={};return e.replace(pe,e=>e.startsWith(`/*`)?``:e).split(de).forEach(e=>{if(e){let n=e.split(fe);n.length>1&&(t[n[0].trim()]=n[1].trim())}}),t}function k(e){let t=``;if(g(e))t=e;else if(d(e))for(let n=0;n<e.length;n++){let r=k(e[n]);r&&(t+=r+` `)}else if(v(e))for(let n in e)e[n]&&(t+=n+` `);return t.trim()}var he=e(`itemscope,allowfullscreen,disablepictureinpicture,disableremoteplayback,formnovalidate,ismap,nomodule,novalidate,playsinline,readonly`);function ge(e){return!!e||e===``}function _e(e,t,n){if(e.length!==t.length)return!1;let r=!0;for(let i=0;r&&i<e.length;i++)r=xe(e[i],t[i],n);return r}function ve(e,t,n){if(e.size!==t.size)return!1;let r=Array.from(t),i=new Uint8Array(r.length);for(let t of e){let e=-1;for(let a=0;a<r.length;a++)if(!i[a]&&xe(t,r[a],n)){e=a;break}if(e<0)return!1;i[e]=1}return!0}function ye(e,t,n){let r=f(e),i=f(t);if(r||i||(r=p(e),i=p(t),r||i))return r&&i?ve(e,t,n):!1;if(Object.keys(e).length!==Object.keys(t).length)return!1;for(let r in e){let i=e.hasOwnProperty(r),a=t.hasOwnProperty(r);if(i&&!a||!i&&a||!xe(e[r],t[r],n))return!1}return String(e)===String(t)}function be(e,t,n,r){n||=[new Map,new Map];let[i,a]=n;if(i.has(e)||a.has(t))return i.get(e)===t&&a.get(t)===e;i.set(e,t),a.set(t,e);let o=r(e,t,n);return i.delete(e),a.delete(t),o}function xe(e,t,n){if(e===t)return!0;let r=m(e),i=m(t);return r||i?r&&i?e.getTime()===t.getTime():!1:(r=_(e),i=_(t),r||i?e===t:(r=d(e),i=d(t),r||i?r&&i?be(e,t,n,_e):!1:(r=v(e),i=v(t),r||i?!r||!i?!1:be(e,t,n,ye):String(e)===String(t))))}var Se=e=>!!(e&&e.__v_isRef===!0),Ce=e=>g(e)?e:e==null?``:d(e)||v(e)&&(e.toString===b||!h(e.toString))?Se(e)?Ce(e.value):JSON.stringify(e,we,2):String(e),we=(e,t)=>Se(t)?we(e,t.value):f(t)?{[`Map(${t.size})`]:[...t.entries()].reduce((e,[t,n],r)=>(e[Te(t,r)+` =>`]=n,e),{})}:p(t)?{[`Set(${t.size})`]:[...t.values()].map(e=>Te(e))}:_(t)?Te(t):v(t)&&!d(t)&&!C(t)?String(t):t,Te=(e,t=``)=>_(e)?`Symbol(${e.description??t})`:e,A,Ee=class{constructor(e=!1){this.detached=e,this._active=!0,this._on=0,this.effects=[],this.cleanups=[],this._isPaused=!1,this._warnOnRun=!0,this.__v_skip=!0,!e&&A&&(A.active?(this.parent=A,this.index=(A.scopes||(A.scopes=[])).push(this)-1):(this._active=!1,this._warnOnRun=!1))}get active(){return this._active}pause(){if(this._active){this._isPaused=!0;let e,t;if(this.scopes){let n=this.scopes.slice();for(e=0,t=n.length;e<t;e++)n[e].pause()}for(e=0,t=this.effects.length;e<t;e++)this.effects[e].pause()}}resume(){if(this._active&&this._isPaused){this._isPaused=!1;let e,t;if(this.scopes){let n=this.scopes.slice();for(e=0,t=n.length;e<t;e++)n[e].resume()}let n=this.effects.slice();for(e=0,t=n.length;e<t;e++)n[e].resume()}}run(e){if(this._active){let t=A;try{return A=this,e()}finally{A=t}}}on(){++this._on===1&&(this.prevScope=A,A=this)}off(){if(this._on>0&&--this._on===0){if(A===this)A=this.prevScope;else{let e=A;for(;e;){if(e.prevScope===this){e.prevScope=this.prevScope;break}e=e.prevScope}}this.prevScope=void 0}}stop(e){if(this._active){this._active=!1;let t,n;for(t=0,n=this.effects.length;t<n;t++)this.effects[t].stop();for(this.effects.length=0,t=0,n=this.cleanups.length;t<n;t++)this.cleanups[t]();if(this.cleanups.length=0,this.scopes){let e=this.scopes.slice();for(t=0,n=e.length;t<n;t++)e[t].stop(!0);this.scopes.length=0}if(!this.detached&&this.parent&&!e){let e=this.parent.scopes.pop();e&&e!==this&&(this.parent.scopes[this.index]=e,e.index=this.index)}this.parent=void 0}}};function De(){return A}var j,Oe=new WeakSet,ke=class{constructor(e){this.fn=e,this.deps=void 0,this.depsTail=void 0,this.flags=5,this.next=void 0,this.cleanup=void 0,this.scheduler=void 0,A&&(A.active?A.effects.push(this):this.flags&=-2)}pause(){this.flags|=64}resume(){this.flags&64&&(this.flags&=-65,Oe.has(this)&&(Oe.delete(this),this.trigger()))}notify(){this.flags&2&&!(this.flags&32)||this.flags&8||Ne(this)}run(){if(!(this.flags&1))return this.fn();this.flags|=2,Ge(this),Ie(this);let e=j,t=M;j=this,M=!0;try{return this.fn()}finally{Le(this),j=e,M=t,this.flags&=-3}}stop(){if(this.flags&1){for(let e=this.deps;e;e=e.nextDep)Be(e);this.deps=this.depsTail=void 0,Ge(this),this.onStop&&this.onStop(),this.flags&=-2}}trigger(){this.flags&64?Oe.add(this):this.scheduler?this.scheduler():this.runIfDirty()}runIfDirty(){Re(this)&&this.run()}get dirty(){return Re(this)}},Ae=0,je,Me;function Ne(e,t=!1){e.flags|=8,t?(e.next=Me,Me=e):(e.next=je,je=e)}function Pe(){Ae++}function Fe(){if(--Ae>0)return;if(Me){let e=Me;for(Me=void 0;e;){let t=e.next;e.next=void 0,e.flags&=-9,e=t}}let e;for(;je;){let t=je;for(je=void 0;t;){let n=t.next;if(t.next=void 0,t.flags&=-9,t.flags&1)try{t.trigger()}catch(t){e||=t}t=n}}if(e)throw e}function Ie(e){for(let t=e.deps;t;t=t.nextDep)t.version=-1,t.prevActiveLink=t.dep.activeLink,t.dep.activeLink=t}function Le(e){let t,n=e.depsTail,r=n;for(;r;){let e=r.prevDep;r.version===-1?(r===n&&(n=e),Be(r),Ve(r)):t=r,r.dep.activeLink=r.prevActiveLink,r.prevActiveLink=void 0,r=e}e.deps=t,e.depsTail=n}function Re(e){for(let t=e.deps;t;t=t.nextDep)if(t.dep.version!==t.version||t.dep.computed&&(ze(t.dep.computed)||t.dep.version!==t.version))return!0;return!!e._dirty}function ze(e){if(e.flags&4&&!(e.flags&16)||(e.flags&=-17,e.globalVersion===Ke)||(e.globalVersion=Ke,!e.isSSR&&e.flags&128&&(!e.deps&&!e._dirty||!Re(e))))return;e.flags|=2;let t=e.dep,n=j,r=M;j=e,M=!0;try{Ie(e);let n=e.fn(e._value);(t.version===0||D(n,e._value))&&(e.flags|=128,e._value=n,t.version++)}catch(e){throw t.version++,e}finally{j=n,M=r,Le(e),e.flags&=-3}}function Be(e,t=!1){let{dep:n,prevSub:r,nextSub:i}=e;if(r&&(r.nextSub=i,e.prevSub=void 0),i&&(i.prevSub=r,e.nextSub=void 0),n.subs===e&&(n.subs=r,!r&&n.computed)){n.computed.flags&=-5;for(let e=n.computed.deps;e;e=e.nextDep)Be(e,!0)}!t&&!--n.sc&&n.map&&n.map.delete(n.key)}function Ve(e){let{prevDep:t,nextDep:n}=e;t&&(t.nextDep=n,e.prevDep=void 0),n&&(n.prevDep=t,e.nextDep=void 0)}var M=!0,He=[];function Ue(){He.push(M),M=!1}function We(){let e=He.pop();M=e===void 0||e}function Ge(e){let{cleanup:t}=e;if(e.cleanup=void 0,t){let e=j;j=void 0;try{t()}finally{j=e}}}var Ke=0,qe=class{constructor(e,t){this.sub=e,this.dep=t,this.version=t.version,this.nextDep=this.prevDep=this.nextSub=this.prevSub=this.prevActiveLink=void 0}},Je=class{constructor(e){this.computed=e,this.version=0,this.activeLink=void 0,this.subs=void 0,this.map=void 0,this.key=void 0,this.sc=0,this.__v_skip=!0}track(e){if(!j||!M||j===this.computed)return;let t=this.activeLink;if(t===void 0||t.sub!==j)t=this.activeLink=new qe(j,this),j.deps?(t.prevDep=j.depsTail,j.depsTail.nextDep=t,j.depsTail=t):j.deps=j.depsTail=t,Ye(t);else if(t.version===-1&&(t.version=this.version,t.nextDep)){let e=t.nextDep;e.prevDep=t.prevDep,t.prevDep&&(t.prevDep.nextDep=e),t.prevDep=j.depsTail,t.nextDep=void 0,j.depsTail.nextDep=t,j.depsTail=t,j.deps===t&&(j.deps=e)}return t}trigger(e){this.version++,Ke++,this.notify(e)}notify(e){Pe();try{for(let e=this.subs;e;e=e.prevSub)e.sub.notify()&&e.sub.dep.notify()}finally{Fe()}}};function Ye(e){if(e.dep.sc++,e.sub.flags&4){let t=e.dep.computed;if(t&&!e.dep.subs){t.flags|=20;for(let e=t.deps;e;e=e.nextDep)Ye(e)}let n=e.dep.subs;n!==e&&(e.prevSub=n,n&&(n.nextSub=e)),e.dep.subs=e}}var Xe=new WeakMap,Ze=Symbol(``),Qe=Symbol(``),$e=Symbol(``);function N(e,t,n){if(M&&j){let t=Xe.get(e);t||Xe.set(e,t=new Map);let r=t.get(n);r||(t.set(n,r=new Je),r.map=t,r.key=n),r.track()}}function et(e,t,n,r,i,a){let o=Xe.get(e);if(!o){Ke++;return}let s=e=>{e&&e.trigger()};if(Pe(),t===`clear`)o.forEach(s);else{let i=d(e),a=i&&w(n);if(i&&n===`length`){let e=Number(r);o.forEach((t,n)=>{(n===`length`||n===$e||!_(n)&&n>=e)&&s(t)})}else switch((n!==void 0||o.has(void 0))&&s(o.get(n)),a&&s(o.get($e)),t){case`add`:i?a&&s(o.get(`length`)):(s(o.get(Ze)),f(e)&&s(o.get(Qe)));break;case`delete`:i||(s(o.get(Ze)),f(e)&&s(o.get(Qe)));break;case`set`:f(e)&&s(o.get(Ze))}}Fe()}function tt(e){let t=F(e);return t===e||(N(t,`iterate`,$e),P(e))?t:Bt(e)?zt(e)?t.map(e=>Wt(Ut(e))):t.map(Wt):t.map(Ut)}function nt(e){return N(e=F(e),`iterate`,$e),e}function rt(e,t){return Bt(e)?Wt(zt(e)?Ut(t):t):Ut(t)}var it={__proto__:null,[Symbol.iterator](){return at(this,Symbol.iterator,e=>rt(this,e))},concat(...e){return tt(this).concat(...e.map(e=>d(e)?tt(e):e))},entries(){return at(this,`entries`,e=>(e[1]=rt(this,e[1]),e))},every(e,t){return ct(this,`every`,e,t,void 0,arguments)},filter(e,t){return ct(this,`filter`,e,t,e=>e.map(e=>rt(this,e)),arguments)},find(e,t){return ct(this,`find`,e,t,e=>rt(this,e),arguments)},findIndex(e,t){return ct(this,`findIndex`,e,t,void 0,arguments)},findLast(e,t){return ct(this,`findLast`,e,t,e=>rt(this,e),arguments)},findLastIndex(e,t){return ct(this,`findLastIndex`,e,t,void 0,arguments)},forEach(e,t){return ct(this,`forEach`,e,t,void 0,arguments)},includes(...e){return ut(this,`includes`,e)},indexOf(...e){return ut(this,`indexOf`,e)},join(e){return tt(this).join(e)},lastIndexOf(...e){return ut(this,`lastIndexOf`,e)},map(e,t){return ct(this,`map`,e,t,void 0,arguments)},pop(){return dt(this,`pop`)},push(...e){return dt(this,`push`,e)},reduce(e,...t){return lt(this,`reduce`,e,t)},reduceRight(e,...t){return lt(this,`reduceRight`,e,t)},shift(){return dt(this,`shift`)},some(e,t){return ct(this,`some`,e,t,void 0,arguments)},splice(...e){return dt(this,`splice`,e)},toReversed(){return tt(this).toReversed()},toSorted(e){return tt(this).toSorted(e)},toSpliced(...e){return tt(this).toSpliced(...e)},unshift(...e){return dt(this,`unshift`,e)},values(){return at(this,`values`,e=>rt(this,e))}};function at(e,t,n){let r=nt(e),i=r[t],a=i.call(r);if(r!==e&&!P(e)){if(a[Symbol.toStringTag]===`Array Iterator`){let e=Object.create(Object.getPrototypeOf(a));return e.next=()=>ot(a.next(),n),i!==st[t]&&Object.defineProperties(e,{return:{get(){let e=a.return;return typeof e==`function`?e.bind(a):e}},throw:{get(){let e=a.throw;return typeof e==`function`?e.bind(a):e}}}),e}a._next=a.next,a.next=()=>ot(a._next(),n)}return a}function ot(e,t){return e.done||(e.value=t(e.value)),e}var st=Array.prototype;function ct(e,t,n,r,i,a){let o=nt(e),s=o!==e&&!P(e),c=o[t];if(c!==st[t]){let t=c.apply(e,a);return s?Ut(t):t}let l=n;o!==e&&(s?l=function(t,r){return n.call(this,rt(e,t),r,e)}:n.length>2&&(l=function(t,r){return n.call(this,t,r,e)}));let u=c.call(o,l,r);return s&&i?i(u):u}function lt(e,t,n,r){let i=nt(e),a=i!==e&&!P(e),o=n,s=!1;i!==e&&(a?(s=r.length===0,o=function(t,r,i){return s&&(s=!1,t=rt(e,t)),n.call(this,t,rt(e,r),i,e)}):n.length>3&&(o=function(t,r,i){return n.call(this,t,r,i,e)}));let c=i[t](o,...r);return s?rt(e,c):c}function ut(e,t,n){let r=F(e);N(r,`iterate`,$e);let i=r[t](...n);return(i===-1||i===!1)&&Vt(n[0])?(n[0]=F(n[0]),r[t](...n)):i}function dt(e,t,n=[]){Ue(),Pe();let r=F(e)[t].apply(e,n);return Fe(),We(),r}var ft=e(`__proto__,__v_isRef,__isVue`),pt=new Set(Object.getOwnPropertyNames(Symbol).filter(e=>e!==`arguments`&&e!==`caller`).map(e=>Symbol[e]).filter(_));function mt(e){_(e)||(e=String(e));let t=F(this);return N(t,`has`,e),t.hasOwnProperty(e)}var ht=class{constructor(e=!1,t=!1){this._isReadonly=e,this._isShallow=t}get(e,t,n){if(t===`__v_skip`)return e.__v_skip;let r=this._isReadonly,i=this._isShallow;if(t===`__v_isReactive`)return!r;if(t===`__v_isReadonly`)return r;if(t===`__v_isShallow`)return i;if(t===`__v_raw`)return n===(r?i?Nt:Mt:i?jt:At).get(e)||Object.getPrototypeOf(e)===Object.getPrototypeOf(n)?e:void 0;let a=d(e);if(!r){let e;if(a&&(e=it[t]))return e;if(t===`hasOwnProperty`)return mt}let o=Reflect.get(e,t,I(e)?e:n);if((_(t)?pt.has(t):ft(t))||(r||N(e,`get`,t),i))return o;if(I(o)){let e=a&&w(t)?o:o.value;return r&&v(e)?Lt(e):e}return v(o)?r?Lt(o):Ft(o):o}},gt=class extends ht{constructor(e=!1){super(!1,e)}set(e,t,n,r){let i=e[t],a=d(e)&&w(t);if(!this._isShallow){let e=Bt(i);if(!P(n)&&!Bt(n)&&(i=F(i),n=F(n)),!a&&I(i)&&!I(n))return e||(i.value=n),!0}let o=a?Number(t)<e.length:u(e,t),s=Reflect.set(e,t,n,I(e)?e:r);return e===F(r)&&s&&(o?D(n,i)&&et(e,`set`,t,n,i):et(e,`add`,t,n)),s}deleteProperty(e,t){let n=u(e,t),r=e[t],i=Reflect.deleteProperty(e,t);return i&&n&&et(e,`delete`,t,void 0,r),i}has(e,t){let n=Reflect.has(e,t);return _(t)&&pt.has(t)||N(e,`has`,t),n}ownKeys(e){return N(e,`iterate`,d(e)?`length`:Ze),Reflect.ownKeys(e)}},_t=class extends ht{constructor(e=!1){super(!0,e)}set(e,t){return!0}deleteProperty(e,t){return!0}},vt=new gt,yt=new _t,bt=new gt(!0),xt=e=>e,St=e=>Reflect.getPrototypeOf(e);function Ct(e,t,n){return function(...r){let i=this.__v_raw,a=F(i),o=f(a),c=e===`entries`||e===Symbol.iterator&&o,l=e===`keys`&&o,u=i[e](...r),d=n?xt:t?Wt:Ut;return!t&&N(a,`iterate`,l?Qe:Ze),s(Object.create(u),{next(){let{value:e,done:t}=u.next();return t?{value:e,done:t}:{value:c?[d(e[0]),d(e[1])]:d(e),done:t}}})}}function wt(e){return function(...t){return e===`delete`?!1:e===`clear`?void 0:this}}function Tt(e,t){let n={get(n){let r=this.__v_raw,i=F(r),a=F(n);e||(D(n,a)&&N(i,`get`,n),N(i,`get`,a));let{has:o}=St(i),s=t?xt:e?Wt:Ut;if(o.call(i,n))return s(r.get(n));if(o.call(i,a))return s(r.get(a));r!==i&&r.get(n)},get size(){let t=this.__v_raw;return!e&&N(F(t),`iterate`,Ze),t.size},has(t){let n=this.__v_raw,r=F(n),i=F(t);return e||(D(t,i)&&N(r,`has`,t),N(r,`has`,i)),t===i?n.has(t):n.has(t)||n.has(i)},forEach(n,r){let i=this,a=i.__v_raw,o=F(a),s=t?xt:e?Wt:Ut;return!e&&N(o,`iterate`,Ze),a.forEach((e,t)=>n.call(r,s(e),s(t),i))}};return s(n,e?{add:wt(`add`),set:wt(`set`),delete:wt(`delete`),clear:wt(`clear`)}:{add(e){let n=F(this),r=St(n),i=F(e),a=!t&&!P(e)&&!Bt(e)?i:e;return r.has.call(n,a)||D(e,a)&&r.has.call(n,e)||D(i,a)&&r.has.call(n,i)||(n.add(a),et(n,`add`,a,a)),this},set(e,n){t||P(n)||Bt(n)||(n=F(n));let r=F(this),{has:i,get:a}=St(r),o=i.call(r,e);o||=(e=F(e),i.call(r,e));let s=a.call(r,e);return r.set(e,n),o?D(n,s)&&et(r,`set`,e,n,s):et(r,`add`,e,n),this},delete(e){let t=F(this),{has:n,get:r}=St(t),i=n.call(t,e);i||=(e=F(e),n.call(t,e));let a=r?r.call(t,e):void 0,o=t.delete(e);return i&&et(t,`delete`,e,void 0,a),o},clear(){let e=F(this),t=e.size!==0,n=e.clear();return t&&et(e,`clear`,void 0,void 0,void 0),n}}),[`keys`,`values`,`entries`,Symbol.iterator].forEach(r=>{n[r]=Ct(r,e,t)}),n}function Et(e,t){let n=Tt(e,t);return(r,i,a)=>i===`__v_isReactive`?!e:i===`__v_isReadonly`?e:i===`__v_isShallow`?t:i===`__v_raw`?r:Reflect.get(u(n,i)&&i in r?n:r,i,a)}var Dt={get:Et(!1,!1)},Ot={get:Et(!1,!0)},kt={get:Et(!0,!1)},At=new WeakMap,jt=new WeakMap,Mt=new WeakMap,Nt=new WeakMap;function Pt(e){switch(e){case`Object`:case`Array`:return 1;case`Map`:case`Set`:case`WeakMap`:case`WeakSet`:return 2;default:return 0}}function Ft(e){return Bt(e)?e:Rt(e,!1,vt,Dt,At)}function It(e){return Rt(e,!1,bt,Ot,jt)}function Lt(e){return Rt(e,!0,yt,kt,Mt)}function Rt(e,t,n,r,i){if(!v(e)||e.__v_raw&&!(t&&e.__v_isReactive)||e.__v_skip||!Object.isExtensible(e))return e;let a=i.get(e);if(a)return a;let o=Pt(S(e));if(o===0)return e;let s=new Proxy(e,o===2?r:n);return i.set(e,s),s}function zt(e){return Bt(e)?zt(e.__v_raw):!!(e&&e.__v_isReactive)}function Bt(e){return!!(e&&e.__v_isReadonly)}function P(e){return!!(e&&e.__v_isShallow)}function Vt(e){return e?!!e.__v_raw:!1}function F(e){let t=e&&e.__v_raw;return t?F(t):e}function Ht(e){return!u(e,`__v_skip`)&&Object.isExtensible(e)&&O(e,`__v_skip`,!0),e}var Ut=e=>v(e)?Ft(e):e,Wt=e=>v(e)?Lt(e):e;function I(e){return e?e.__v_isRef===!0:!1}function Gt(e){return Kt(e,!1)}function Kt(e,t){return I(e)?e:new qt(e,t)}var qt=class{constructor(e,t){this.dep=new Je,this.__v_isRef=!0,this.__v_isShallow=!1,this._rawValue=t?e:F(e),this._value=t?e:Ut(e),this.__v_isShallow=t}get value(){return this.dep.track(),this._value}set value(e){let t=this._rawValue,n=this.__v_isShallow||P(e)||Bt(e);e=n?e:F(e),D(e,t)&&(this._rawValue=e,this._value=n?e:Ut(e),this.dep.trigger())}};function Jt(e){return I(e)?e.value:e}var Yt={get:(e,t,n)=>t===`__v_raw`?e:Jt(Reflect.get(e,t,n)),set:(e,t,n,r)=>{let i=e[t];return I(i)&&!I(n)?(i.value=n,!0):Reflect.set(e,t,n,r)}};function Xt(e){return zt(e)?e:new Proxy(e,Yt)}var Zt=class{constructor(e,t,n){this.fn=e,this.setter=t,this._value=void 0,this.dep=new Je(this),this.__v_isRef=!0,this.deps=void 0,this.depsTail=void 0,this.flags=16,this.globalVersion=Ke-1,this.next=void 0,this.effect=this,this.__v_isReadonly=!t,this.isSSR=n}notify(){if(this.flags|=16,!(this.flags&8)&&j!==this)return Ne(this,!0),!0}get value(){let e=this.dep.track();return ze(this),e&&(e.version=this.dep.version),this._value}set value(e){this.setter&&this.setter(e)}};function Qt(e,t,n=!1){let r,i;return h(e)?r=e:(r=e.get,i=e.set),new Zt(r,i,n)}var $t={},en=new WeakMap,tn=void 0;function nn(e,t=!1,n=tn){if(n){let t=en.get(n);t||en.set(n,t=[]),t.push(e)}}function rn(e,n,i=t){let{immediate:a,deep:o,once:s,scheduler:l,augmentJob:u,call:f}=i,p=e=>o?e:P(e)||o===!1||o===0?an(e,1):an(e),m,g,_,v,y=!1,b=!1;if(I(e)?(g=()=>e.value,y=P(e)):zt(e)?(g=()=>p(e),y=!0):d(e)?(b=!0,y=e.some(e=>zt(e)||P(e)),g=()=>e.map(e=>{if(I(e))return e.value;if(zt(e))return p(e);if(h(e))return f?f(e,2):e()})):g=h(e)?n?f?()=>f(e,2):e:()=>{if(_){Ue();try{_()}finally{We()}}let t=tn;tn=m;try{return f?f(e,3,[v]):e(v)}finally{tn=t}}:r,n&&o){let e=g,t=o===!0?1/0:o;g=()=>an(e(),t)}let x=De(),S=()=>{m.stop(),x&&x.active&&c(x.effects,m)};if(s&&n){let e=n;n=(...t)=>{try{return e(...t)}finally{S()}}}let C=b?Array(e.length).fill($t):$t,w=e=>{if(m.flags&1&&(m.dirty||e)){if(n){let t=m.run();if(e||o||y||(b?t.some((e,t)=>D(e,C[t])):D(t,C))){let e=tn;Ue();try{_&&_(),tn=m;let e=[t,C===$t?void 0:b&&C[0]===$t?[]:C,v];C=t,f?f(n,3,e):n(...e)}finally{tn=e,We()}}}else m.run()}};return u&&u(w),m=new ke(g),m.scheduler=l?()=>l(w,!1):w,v=e=>nn(e,!1,m),_=m.onStop=()=>{let e=en.get(m);if(e){if(f)f(e,4);else for(let t of e)t();en.delete(m)}},n?a?w(!0):C=m.run():l?l(w.bind(null,!0),!0):m.run(),S.pause=m.pause.bind(m),S.resume=m.resume.bind(m),S.stop=S,S}function an(e,t=1/0,n){if(t<=0||!v(e)||e.__v_skip||(n||=new Map,(n.get(e)||0)>=t))return e;if(n.set(e,t),t--,I(e))an(e.value,t,n);else if(d(e))for(let r=0;r<e.length;r++)an(e[r],t,n);else if(p(e)||f(e))e.forEach(e=>{an(e,t,n)});else if(C(e)){for(let r in e)an(e[r],t,n);for(let r of Object.getOwnPropertySymbols(e))Object.prototype.propertyIsEnumerable.call(e,r)&&an(e[r],t,n)}return e}function on(e,t,n,r){try{return r?e(...r):e()}catch(e){sn(e,t,n)}}function L(e,t,n,r){if(h(e)){let i=on(e,t,n,r);return i&&y(i)&&i.catch(e=>{sn(e,t,n,void 0,!0)}),i}if(d(e)){let i=[];for(let a=0;a<e.length;a++)i.push(L(e[a],t,n,r));return i}}function sn(e,n,r,i=!0,a=!1){let o=n?n.vnode:null,{errorHandler:s,throwUnhandledErrorInProduction:c}=n&&n.appContext.config||t;if(n){let t=n.parent,i=n.proxy,o=`https://vuejs.org/error-reference/#runtime-${r}`;for(;t;){let n=t.ec;if(n&&!t.isUnmounted&&(!a||t.scope.active)){for(let t=0;t<n.length;t++)if(n[t](e,i,o)===!1)return}t=t.parent}if(s){Ue(),on(s,null,10,[e,i,o]),We();return}}cn(e,r,o,i,c)}function cn(e,t,n,r=!0,i=!1){if(i)throw e;console.error(e)}var R=[],z=-1,ln=[],un=null,dn=0,fn=Promise.resolve(),pn=null;function mn(e){let t=pn||fn;return e?t.then(this?e.bind(this):e):t}function hn(e){let t=z+1,n=R.length;for(;t<n;){let r=t+n>>>1,i=R[r],a=Cn(i);a<e||a===e&&i.flags&2?t=r+1:n=r}return t}function gn(e){if(!(e.flags&1)){let t=Cn(e),n=R[R.length-1];!n||!(e.flags&2)&&t>=Cn(n)?R.push(e):R.splice(hn(t),0,e),e.flags|=1,_n()}}function _n(){pn||=fn.then(wn)}function vn(e){if(!d(e))un&&e.id===-1?un.splice(dn+1,0,e):e.flags&1||(ln.push(e),e.flags|=1);else for(let t=0;t<e.length;t++)ln.push(e[t]);_n()}function yn(e,t,n,r=z+1){for(;r<R.length;r++){let n=R[r];if(n&&n.flags&2){if(e&&n.id!==e.uid||t!==void 0&&!(n.id>=t))continue;R.splice(r,1),r=e?r-1:z,n.flags&4&&(n.flags&=-2),n(),n.flags&4||(n.flags&=-2)}}}function bn(e,t,n=0){if(ln.length){let e=ln,r=0;if(t){e=[];for(let i=0;i<ln.length;i++){let a=ln[i];(a.i===void 0?t.has(a):!a.i||a.i.uid<n)?ln[r++]=a:e.push(a)}}let i=[...new Set(e)].sort((e,t)=>Cn(e)-Cn(t));if(ln.length=r,un){for(let e=0;e<i.length;e++)un.push(i[e]);return}for(un=i,dn=0;dn<un.length;dn++){let e=un[dn];e.flags&4&&(e.flags&=-2),e.flags&8||e(),e.flags&=-2}un=null,dn=0}}var xn=!1;function Sn(e,t){if(xn){e();return}let n=t===void 0?void 0:new Set(ln);e(),xn=!0;try{yn(void 0,t),bn(void 0,n,t)}finally{xn=!1}}var Cn=e=>e.id==null?e.flags&2?-1:1/0:e.id;function wn(e){try{for(z=0;z<R.length;z++){let e=R[z];e&&!(e.flags&8)&&(e.flags&4&&(e.flags&=-2),on(e,e.i,e.i?15:14),e.flags&4||(e.flags&=-2))}}finally{for(;z<R.length;z++){let e=R[z];e&&(e.flags&=-2)}z=-1,R.length=0,bn(e),pn=null,(R.length||ln.length)&&wn(e)}}var Tn=null,En=null;function Dn(e){let t=Tn;return Tn=e,En=e&&e.type.__scopeId||null,t}function On(e,t=Tn,n){if(!t||e._n)return e;let r=(...n)=>{r._d&&Fi(-1);let i=Dn(t),a=ji.length,o;try{o=e(...n)}finally{for(let e=ji.length;e>a;e--)Ni();Dn(i),r._d&&Fi(1)}return o};return r._n=!0,r._c=!0,r._d=!0,r}function kn(e,t,n,r){let i=e;if(r===`beforeMount`)e._mount=e;else if(r===`beforeUpdate`){let n=t&&t._mount;n&&(n._latest=e,e._mount=n)}else if(r===`mounted`){let t=e._latest;e._mount=e._latest=void 0,t&&(i=t,t._mount=void 0)}let a=i.dirs,o=t&&t.dirs;for(let c=0;c<a.length;c++){let l=a[c];o?l.oldValue=o[c].value:r===`mounted`&&l.oldValue!==void 0&&(l=s({},l,{oldValue:void 0}));let u=l.dir[r];u&&(Ue(),L(u,n,8,[e.el,l,i,t]),We())}}function An(e,t){if(K){let n=K.provides,r=K.parent&&K.parent.provides;r===n&&(n=K.provides=Object.create(r)),n[e]=t}}function jn(e,t,n=!1){let r=ia();if(r||Rr){let i=Rr?Rr._context.provides:r?r.parent==null||r.ce?r.vnode.appContext&&r.vnode.appContext.provides:r.parent.provides:void 0;if(i&&e in i)return i[e];if(arguments.length>1)return n&&h(t)?t.call(r&&r.proxy):t}}var Mn=Symbol.for(`v-scx`),Nn=()=>jn(Mn);function Pn(e,t,n){return Fn(e,t,n)}function Fn(e,n,i=t){let{immediate:a,deep:o,flush:c,once:l}=i,u=s({},i),d=n&&a||!n&&c!==`post`,f;if(ua){if(c===`sync`){let e=Nn();f=e.__watcherHandles||=[]}else if(!d){let e=()=>{};return e.stop=r,e.resume=r,e.pause=r,e}}let p=K;u.call=(e,t,n)=>L(e,p,t,n);let m=!1;c===`post`?u.scheduler=e=>{e.i=p,V(e,p&&p.suspense)}:c!==`sync`&&(m=!0,u.scheduler=(e,t)=>{t?e():gn(e)}),u.augmentJob=e=>{n&&(e.flags|=4),m&&(e.flags|=2,p&&(e.id=p.uid,e.i=p))};let h=rn(e,n,u);return ua&&(f?f.push(h):d&&h()),h}function In(e,t,n){let r=this.proxy,i=g(e)?e.includes(`.`)?Ln(r,e):()=>r[e]:e.bind(r,r),a;h(t)?a=t:(a=t.handler,n=t);let o=sa(this),s=Fn(i,a.bind(r),n);return o(),s}function Ln(e,t){let n=t.split(`.`);return()=>{let t=e;for(let e=0;e<n.length&&t;e++)t=t[n[e]];return t}}var Rn=Symbol(`_vte`),zn=e=>e.__isTeleport,Bn=Symbol(`_leaveCb`);function Vn(e){let t=e[0];if(e.length>1){for(let n of e)if(n.type!==U){t=n;break}}return t}function Hn(e){if(!Qn(e))return zn(e.type)&&e.children?Vn(e.children):e;if(e.component)return e.component.subTree;let{shapeFlag:t,children:n}=e;if(n){if(t&16)return n[0];if(t&32&&h(n.default))return n.default()}}function Un(e,t){if(e.shapeFlag&6&&e.component){e.transition=t;let n=e.component.subTree;Un(zn(n.type)&&Hn(n)||n,t)}else if(e.shapeFlag&128){let n=e.suspense;if(n){let e=n.isHydrating?n.pendingBranch:n.activeBranch;e&&Un(e,t.clone(e))}else e.ssContent.transition=t.clone(e.ssContent),e.ssFallback.transition=t.clone(e.ssFallback)}else if(e.transition=t,e.type===H&&d(e.children)){let n=Gr(e.children,!1);n&&Un(n,t)}}function Wn(e){if(e.component)return Wn(e.component.subTree);if(e.type===H){let t=d(e.children)&&Gr(e.children,!1);return t?Wn(t):void 0}if(e.type!==U)return e}function Gn(e,t){return h(e)?s({name:e.name},t,{setup:e}):e}function Kn(e){e.ids=[e.ids[0]+e.ids[2]+++`-`,0,0]}function qn(e,t){let n;return!!((n=Object.getOwnPropertyDescriptor(e,t))&&!n.configurable)}var Jn=new WeakMap;function Yn(e,n,r,a,o=!1){if(d(e)){e.forEach((e,t)=>Yn(e,n&&(d(n)?n[t]:n),r,a,o));return}if(Zn(a)&&!o){a.shapeFlag&512&&a.type.__asyncResolved&&a.component.subTree.component&&Yn(e,n,r,a.component.subTree);return}let s=a.shapeFlag&4?va(a.component):a.el,l=o?null:s,{i:f,r:p}=e,m=n&&n.r,_=f.refs===t?f.refs={}:f.refs,v=f.setupState,y=F(v),b=v===t?i:e=>!qn(_,e)&&u(y,e),x=(e,t)=>!(t&&qn(_,t));if(m!=null&&m!==p){if(Xn(n),g(m))_[m]=null,b(m)&&(v[m]=null);else if(I(m)){let e=n;x(m,e.k)&&(m.value=null),e.k&&(_[e.k]=null)}}if(h(p))on(p,f,12,[l,_]);else{let t=g(p),n=I(p);if(t||n){let i=()=>{if(e.f){let n=t?b(p)?v[p]:_[p]:x(p)||!e.k?p.value:_[e.k];if(o)d(n)&&c(n,s);else if(d(n))n.includes(s)||n.push(s);else if(t)_[p]=[s],b(p)&&(v[p]=_[p]);else{let t=[s];x(p,e.k)&&(p.value=t),e.k&&(_[e.k]=t)}}else t?(_[p]=l,b(p)&&(v[p]=l)):n&&(x(p,e.k)&&(p.value=l),e.k&&(_[e.k]=l))};if(l){let t=()=>{i(),Jn.delete(e)};t.id=-1,Jn.set(e,t),V(t,r)}else Xn(e),i()}}}function Xn(e){let t=Jn.get(e);t&&(t.flags|=8,Jn.delete(e))}le().requestIdleCallback,le().cancelIdleCallback;var Zn=e=>!!e.type.__asyncLoader,Qn=e=>e.type.__isKeepAlive;function $n(e,t){tr(e,`a`,t)}function er(e,t){tr(e,`da`,t)}function tr(e,t,n=K){let r=e.__wdc||=()=>{let t=n;for(;t;){if(t.isDeactivated)return;t=t.parent}return e()};if(rr(t,r,n),n){let e=n.parent;for(;e&&e.parent;)Qn(e.parent.vnode)&&nr(r,t,n,e),e=e.parent}}function nr(e,t,n,r){let i=rr(t,e,r,!0),a=rr(`um`,()=>c(r[t],i),n);a.flags=16}function rr(e,t,n=K,r=!1){if(n){let i=n[e]||(n[e]=[]),a=t.__weh||=(...r)=>{Ue();let i=sa(n),a=L(t,n,e,r);return i(),We(),a};return r?i.unshift(a):i.push(a),a}}var ir=e=>(t,n=K)=>{ua&&e!==`sp`||rr(e,(...e)=>t(...e),n)},ar=ir(`bm`),or=ir(`m`),sr=ir(`bu`),cr=ir(`u`),lr=ir(`bum`),ur=ir(`um`),dr=ir(`sp`),fr=ir(`rtg`),pr=ir(`rtc`);function mr(e,t=K){rr(`ec`,e,t)}var hr=Symbol.for(`v-ndc`),gr=e=>e?la(e)?va(e):gr(e.parent):null,_r=s(Object.create(null),{$:e=>e,$el:e=>e.vnode.el,$data:e=>e.data,$props:e=>e.props,$attrs:e=>e.attrs,$slots:e=>e.slots,$refs:e=>e.refs,$parent:e=>gr(e.parent),$root:e=>gr(e.root),$host:e=>e.ce,$emit:e=>e.emit,$options:e=>Er(e),$forceUpdate:e=>e.f||=()=>{gn(e.update)},$nextTick:e=>e.n||=mn.bind(e.proxy),$watch:e=>In.bind(e)}),vr=(e,n)=>e!==t&&!e.__isScriptSetup&&u(e,n),yr={get({_:e},n){if(n===`__v_skip`)return!0;let{ctx:r,setupState:i,data:a,props:o,accessCache:s,type:c,appContext:l}=e;if(n[0]!==`$`){let e=s[n];if(e!==void 0)switch(e){case 1:return i[n];case 2:return a[n];case 4:return r[n];case 3:return o[n]}else if(vr(i,n))return s[n]=1,i[n];else if(a!==t&&u(a,n))return s[n]=2,a[n];else if(u(o,n))return s[n]=3,o[n];else if(r!==t&&u(r,n))return s[n]=4,r[n];else xr&&(s[n]=0)}let d=_r[n],f,p;if(d)return n===`$attrs`&&N(e.attrs,`get`,``),d(e);if((f=c.__cssModules)&&(f=f[n]))return f;if(r!==t&&u(r,n))return s[n]=4,r[n];if(p=l.config.globalProperties,u(p,n))return p[n]},set({_:e},n,r){let{data:i,setupState:a,ctx:o}=e;return vr(a,n)?(a[n]=r,!0):i!==t&&u(i,n)?(i[n]=r,!0):u(e.props,n)||n[0]===`$`&&n.slice(1)in e?!1:(o[n]=r,!0)},has({_:{data:e,setupState:n,accessCache:r,ctx:i,appContext:a,props:o,type:s}},c){let l;return!!(r[c]||e!==t&&c[0]!==`$`&&u(e,c)||vr(n,c)||u(o,c)||u(i,c)||u(_r,c)||u(a.config.globalProperties,c)||(l=s.__cssModules)&&l[c])},defineProperty(e,t,n){return n.get==null?u(n,`value`)&&this.set(e,t,n.value,null):e._.accessCache[t]=0,Reflect.defineProperty(e,t,n)}};function br(e){return d(e)?e.reduce((e,t)=>(e[t]=null,e),{}):e}var xr=!0;function Sr(e){let t=Er(e),n=e.proxy,i=e.ctx;xr=!1,t.beforeCreate&&wr(t.beforeCreate,e,`bc`);let{data:a,computed:o,methods:s,watch:c,provide:l,inject:u,created:f,beforeMount:p,mounted:m,beforeUpdate:g,updated:_,activated:y,deactivated:b,beforeDestroy:x,beforeUnmount:S,destroyed:C,unmounted:w,render:ee,renderTracked:te,renderTriggered:ne,errorCaptured:T,serverPrefetch:re,expose:E,inheritAttrs:ie,components:ae,directives:D,filters:oe}=t;if(u&&Cr(u,i,null),s)for(let e in s){let t=s[e];h(t)&&(i[e]=t.bind(n))}if(a){let t=a.call(n,n);v(t)&&(e.data=Ft(t))}if(xr=!0,o)for(let e in o){let t=o[e],a=ba({get:h(t)?t.bind(n,n):h(t.get)?t.get.bind(n,n):r,set:!h(t)&&h(t.set)?t.set.bind(n):r});Object.defineProperty(i,e,{enumerable:!0,configurable:!0,get:()=>a.value,set:e=>a.value=e})}if(c)for(let e in c)Tr(c[e],i,n,e);if(l){let e=h(l)?l.call(n):l;Reflect.ownKeys(e).forEach(t=>{An(t,e[t])})}f&&wr(f,e,`c`);function O(e,t){d(t)?t.forEach(t=>e(t.bind(n))):t&&e(t.bind(n))}if(O(ar,p),O(or,m),O(sr,g),O(cr,_),O($n,y),O(er,b),O(mr,T),O(pr,te),O(fr,ne),O(lr,S),O(ur,w),O(dr,re),d(E)){if(E.length){let t=e.exposed||={};E.forEach(e=>{Object.defineProperty(t,e,{get:()=>n[e],set:t=>n[e]=t,enumerable:!0})})}else e.exposed||={}}ee&&e.render===r&&(e.render=ee),ie!=null&&(e.inheritAttrs=ie),ae&&(e.components=ae),D&&(e.directives=D),re&&Kn(e)}function Cr(e,t,n=r){d(e)&&(e=jr(e));for(let n in e){let r=e[n],i;i=v(r)?`default`in r?jn(r.from||n,r.default,!0):jn(r.from||n):jn(r),I(i)?Object.defineProperty(t,n,{enumerable:!0,configurable:!0,get:()=>i.value,set:e=>i.value=e}):t[n]=i}}function wr(e,t,n){L(d(e)?e.map(e=>e.bind(t.proxy)):e.bind(t.proxy),t,n)}function Tr(e,t,n,r){let i=r.includes(`.`)?Ln(n,r):()=>n[r];if(g(e)){let n=t[e];h(n)&&Pn(i,n)}else if(h(e))Pn(i,e.bind(n));else if(v(e)){if(d(e))e.forEach(e=>Tr(e,t,n,r));else{let r=h(e.handler)?e.handler.bind(n):t[e.handler];h(r)&&Pn(i,r,e)}}}function Er(e){let t=e.type,{mixins:n,extends:r}=t,{mixins:i,optionsCache:a,config:{optionMergeStrategies:o}}=e.appContext,s=a.get(t),c;return s?c=s:!i.length&&!n&&!r?c=t:(c={},i.length&&i.forEach(e=>Dr(c,e,o,!0)),Dr(c,t,o)),v(t)&&a.set(t,c),c}function Dr(e,t,n,r=!1){let{mixins:i,extends:a}=t;a&&Dr(e,a,n,!0),i&&i.forEach(t=>Dr(e,t,n,!0));for(let i in t)if(!(r&&i===`expose`)){let r=Or[i]||n&&n[i];e[i]=r?r(e[i],t[i]):t[i]}return e}var Or={data:kr,props:Nr,emits:Nr,methods:Mr,computed:Mr,beforeCreate:B,created:B,beforeMount:B,mounted:B,beforeUpdate:B,updated:B,beforeDestroy:B,beforeUnmount:B,destroyed:B,unmounted:B,activated:B,deactivated:B,errorCaptured:B,serverPrefetch:B,components:Mr,directives:Mr,watch:Pr,provide:kr,inject:Ar};function kr(e,t){return t?e?function(){return s(h(e)?e.call(this,this):e,h(t)?t.call(this,this):t)}:t:e}function Ar(e,t){return Mr(jr(e),jr(t))}function jr(e){if(d(e)){let t={};for(let n=0;n<e.length;n++)t[e[n]]=e[n];return t}return e}function B(e,t){return e?[...new Set([].concat(e,t))]:t}function Mr(e,t){return e?s(Object.create(null),e,t):t}function Nr(e,t){return e?d(e)&&d(t)?[...new Set([...e,...t])]:s(Object.create(null),br(e),br(t??{})):t}function Pr(e,t){if(!e)return t;if(!t)return e;let n=s(Object.create(null),e);for(let r in t)n[r]=B(e[r],t[r]);return n}function Fr(){return{app:null,config:{isNativeTag:i,performance:!1,globalProperties:{},optionMergeStrategies:{},errorHandler:void 0,warnHandler:void 0,compilerOptions:{}},mixins:[],components:{},directives:{},provides:Object.create(null),optionsCache:new WeakMap,propsCache:new WeakMap,emitsCache:new WeakMap}}var Ir=0;function Lr(e,t){return function(n,r=null){h(n)||(n=s({},n)),r!=null&&!v(r)&&(r=null);let i=Fr(),a=new WeakSet,o=[],c=!1,l=i.app={_uid:Ir++,_component:n,_props:r,_container:null,_context:i,_instance:null,version:xa,get config(){return i.config},set config(e){},use(e,...t){return a.has(e)||(e&&h(e.install)?(a.add(e),e.install(l,...t)):h(e)&&(a.add(e),e(l,...t))),l},mixin(e){return i.mixins.includes(e)||i.mixins.push(e),l},component(e,t){return t?(i.components[e]=t,l):i.components[e]},directive(e,t){return t?(i.directives[e]=t,l):i.directives[e]},mount(a,o,s){if(!c){let u=l._ceVNode||Ui(n,r);return u.appContext=i,s===!0?s=`svg`:s===!1&&(s=void 0),o&&t?t(u,a):e(u,a,s),c=!0,l._container=a,a.__vue_app__=l,va(u.component)}},onUnmount(e){o.push(e)},unmount(){c&&(L(o,l._instance,16),e(null,l._container),delete l._container.__vue_app__)},provide(e,t){return i.provides[e]=t,l},runWithContext(e){let t=Rr;Rr=l;try{return e()}finally{Rr=t}}};return l}}var Rr=null,zr=(e,t)=>t===`modelValue`||t===`model-value`?e.modelModifiers:e[`${t}Modifiers`]||e[`${T(t)}Modifiers`]||e[`${E(t)}Modifiers`];function Br(e,n,...r){if(e.isUnmounted)return;let i=e.vnode.props||t,a=r,o=n.startsWith(`update:`),s=o&&zr(i,n.slice(7));s&&(s.trim&&(a=r.map(e=>g(e)?e.trim():e)),s.number&&(a=a.map(se)));let c,l=i[c=ae(n)]||i[c=ae(T(n))];!l&&o&&(l=i[c=ae(E(n))]),l&&L(l,e,6,a);let u=i[c+`Once`];if(u){if(!e.emitted)e.emitted={};else if(e.emitted[c])return;e.emitted[c]=!0,L(u,e,6,a)}}var Vr=new WeakMap;function Hr(e,t,n=!1){let r=n?Vr:t.emitsCache,i=r.get(e);if(i!==void 0)return i;let a=e.emits,o={},c=!1;if(!h(e)){let r=e=>{let n=Hr(e,t,!0);n&&(c=!0,s(o,n))};!n&&t.mixins.length&&t.mixins.forEach(r),e.extends&&r(e.extends),e.mixins&&e.mixins.forEach(r)}return!a&&!c?(v(e)&&r.set(e,null),null):(d(a)?a.forEach(e=>o[e]=null):s(o,a),v(e)&&r.set(e,o),o)}function Ur(e,t){return!e||!a(t)?!1:(t=t.slice(2),t=t===`Once`?t:t.replace(/Once$/,``),u(e,t[0].toLowerCase()+t.slice(1))||u(e,E(t))||u(e,t))}function Wr(e){let{type:t,vnode:n,proxy:r,withProxy:i,propsOptions:[a],slots:s,attrs:c,emit:l,render:u,renderCache:d,props:f,data:p,setupState:m,ctx:h,inheritAttrs:g}=e,_=Dn(e),v,y;try{if(n.shapeFlag&4){let e=i||r,t=e;v=Yi(u.call(t,e,d,f,m,p,h)),y=c}else{let e=t;v=Yi(e.length>1?e(f,{attrs:c,slots:s,emit:l}):e(f,null)),y=t.props?c:Kr(c)}}catch(t){ji.length=0,sn(t,e,1),v=Ui(U)}let b=v;if(y&&g!==!1){let e=Object.keys(y),{shapeFlag:t}=b;e.length&&t&7&&(a&&e.some(o)&&(y=qr(y,a)),b=Ki(b,y,!1,!0))}return n.dirs&&(b=Ki(b,null,!1,!0),b.dirs=b.dirs?b.dirs.concat(n.dirs):n.dirs),n.transition&&Un(zn(b.type)&&Hn(b)||b,n.transition),v=b,Dn(_),v}function Gr(e,t=!0){let n;for(let t=0;t<e.length;t++){let r=e[t];if(zi(r)){if(r.type!==U||r.children===`v-if`){if(n)return;n=r}}else return}return n}var Kr=e=>{let t;for(let n in e)(n===`class`||n===`style`||a(n))&&((t||={})[n]=e[n]);return t},qr=(e,t)=>{let n={};for(let r in e)o(r)&&r.slice(9)in t||(n[r]=e[r]);return n};function Jr(e,t,n){let{props:r,children:i,component:a}=e,{props:o,children:s,patchFlag:c}=t,l=a.emitsOptions;if(t.dirs||t.transition)return!0;if(n&&c>=0){if(c&1024)return!0;if(c&16)return r?Yr(r,o,l):!!o;if(c&8){let e=t.dynamicProps;for(let t=0;t<e.length;t++){let n=e[t];if(Xr(o,r,n)&&!Ur(l,n))return!0}}}else return(i||s)&&(!s||!s.$stable)?!0:r===o?!1:r?!o||Yr(r,o,l):!!o;return!1}function Yr(e,t,n){let r=Object.keys(t);if(r.length!==Object.keys(e).length)return!0;for(let i=0;i<r.length;i++){let a=r[i];if(!u(e,a)||Xr(t,e,a)&&!Ur(n,a))return!0}return!1}function Xr(e,t,n){let r=e[n],i=t[n];return n===`style`&&v(r)&&v(i)?!xe(r,i):r!==i}function Zr({vnode:e,parent:t,suspense:n},r){for(;t;){let n=t.subTree;if(n.suspense&&n.suspense.activeBranch===e&&(n.suspense.vnode.el=n.el=r,e=n),n===e)(e=t.vnode).el=r,t=t.parent;else break}n&&n.activeBranch===e&&(n.vnode.el=r)}var Qr={},$r=()=>Object.create(Qr),ei=e=>Object.getPrototypeOf(e)===Qr;function ti(e,t,n,r=!1){let i={},a=$r();e.propsDefaults=Object.create(null),ri(e,t,i,a);for(let t in e.propsOptions[0])t in i||(i[t]=void 0);e.props=n?r?i:It(i):e.type.props?i:a,e.attrs=a}function ni(e,t,n,r){let{props:i,attrs:a,vnode:{patchFlag:o}}=e,s=F(i),[c]=e.propsOptions,l=!1;if((r||o>0)&&!(o&16)){if(o&8){let n=e.vnode.dynamicProps;for(let r=0;r<n.length;r++){let o=n[r];if(Ur(e.emitsOptions,o))continue;let d=t[o];if(c){if(u(a,o))d!==a[o]&&(a[o]=d,l=!0);else{let t=T(o);i[t]=ii(c,s,t,d,e,!1)}}else d!==a[o]&&(a[o]=d,l=!0)}}}else{ri(e,t,i,a)&&(l=!0);let r;for(let a in s)t&&(u(t,a)||(r=E(a))!==a&&u(t,r))||(c?n&&(n[a]!==void 0||n[r]!==void 0)&&(i[a]=ii(c,s,a,void 0,e,!0)):delete i[a]);if(a!==s)for(let e in a)t&&u(t,e)||(delete a[e],l=!0)}l&&et(e.attrs,`set`,``)}function ri(e,n,r,i){let[a,o]=e.propsOptions,s=!1,c;if(n)for(let t in n){if(ee(t))continue;let l=n[t],d;a&&u(a,d=T(t))?!o||!o.includes(d)?r[d]=l:(c||={})[d]=l:Ur(e.emitsOptions,t)||t in i&&l===i[t]||(i[t]=l,s=!0)}if(o){let n=F(r),i=c||t;for(let t=0;t<o.length;t++){let s=o[t];r[s]=ii(a,n,s,i[s],e,!u(i,s))}}return s}function ii(e,t,n,r,i,a){let o=e[n];if(o!=null){let e=u(o,`default`);if(e&&r===void 0){let e=o.default;if(o.type!==Function&&!o.skipFactory&&h(e)){let{propsDefaults:a}=i;if(n in a)r=a[n];else{let o=sa(i);r=a[n]=e.call(null,t),o()}}else r=e;i.ce&&i.ce._setProp(n,r)}o[0]&&(a&&!e?r=!1:o[1]&&(r===``||r===E(n))&&(r=!0))}return r}var ai=new WeakMap;function oi(e,r,i=!1){let a=i?ai:r.propsCache,o=a.get(e);if(o)return o;let c=e.props,l={},f=[],p=!1;if(!h(e)){let t=e=>{p=!0;let[t,n]=oi(e,r,!0);s(l,t),n&&f.push(...n)};!i&&r.mixins.length&&r.mixins.forEach(t),e.extends&&t(e.extends),e.mixins&&e.mixins.forEach(t)}if(!c&&!p)return v(e)&&a.set(e,n),n;if(d(c))for(let e=0;e<c.length;e++){let n=T(c[e]);si(n)&&(l[n]=t)}else if(c)for(let e in c){let t=T(e);if(si(t)){let n=c[e],r=l[t]=d(n)||h(n)?{type:n}:s({},n),i=r.type,a=!1,o=!0;if(d(i))for(let e=0;e<i.length;++e){let t=i[e],n=h(t)&&t.name;if(n===`Boolean`){a=!0;break}n===`String`&&(o=!1)}else a=h(i)&&i.name===`Boolean`;r[0]=a,r[1]=o,(a||u(r,`default`))&&f.push(t)}}let m=[l,f];return v(e)&&a.set(e,m),m}function si(e){return e[0]!==`$`&&!ee(e)}var ci=e=>e===`_`||e===`_ctx`||e===`$stable`,li=e=>d(e)?e.map(Yi):[Yi(e)],ui=(e,t,n)=>{if(t._n)return t;let r=On((...e)=>li(t(...e)),n);return r._c=!1,r},di=(e,t,n)=>{let r=e._ctx;for(let n in e){if(ci(n))continue;let i=e[n];if(h(i))t[n]=ui(n,i,r);else if(i!=null){let e=li(i);t[n]=()=>e}}},fi=(e,t)=>{let n=li(t);e.slots.default=()=>n},pi=(e,t,n)=>{for(let r in t)(n||!ci(r))&&(e[r]=t[r])},mi=(e,t,n)=>{let r=e.slots=$r();if(e.vnode.shapeFlag&32){let e=t._;e?(pi(r,t,n),n&&O(r,`_`,e,!0)):di(t,r)}else t&&fi(e,t)},hi=(e,n,r)=>{let{vnode:i,slots:a}=e,o=!0,s=t;if(i.shapeFlag&32){let e=n._;e?r&&e===1?o=!1:pi(a,n,r):(o=!n.$stable,di(n,a)),s=n}else n&&(fi(e,n),s={default:1});if(o)for(let e in a)!ci(e)&&s[e]==null&&delete a[e]},V=Oi;function gi(e){return _i(e)}function _i(e,i){let a=le();a.__VUE__=!0;let{insert:o,remove:s,patchProp:c,createElement:l,createText:u,createComment:d,setText:f,setElementText:p,parentNode:m,nextSibling:h,setScopeId:g=r,insertStaticContent:_}=e,v=(e,t,r,i=null,a=null,o=null,s=void 0,c=null,l=!!t.dynamicChildren)=>{if(e===t)return;e&&!Bi(e,t)&&(i=ye(e),k(e,a,o,!0),e=null),t.patchFlag===-2&&(l=!1,t.dynamicChildren=null),t.dynamicChildren&&e&&e.dynamicChildren&&e.dynamicChildren.hasOnce&&(t.dynamicChildren===n&&(t.dynamicChildren=[]),t.dynamicChildren.hasOnce=!0);let{type:u,ref:d,shapeFlag:f}=t;switch(u){case ki:y(e,t,r,i);break;case U:b(e,t,r,i);break;case Ai:e??x(t,r,i,s);break;case H:ae(e,t,r,i,a,o,s,c,l);break;default:f&1?w(e,t,r,i,a,o,s,c,l):f&6?D(e,t,r,i,a,o,s,c,l):(f&64||f&128)&&u.process(e,t,r,i,a,o,s,c,l,xe)}d!=null&&a?Yn(d,e&&e.ref,o,t||e,!t):d==null&&e&&e.ref!=null&&Yn(e.ref,null,o,e,!0)},y=(e,t,n,r)=>{if(e==null)o(t.el=u(t.children),n,r);else{let n=t.el=e.el;t.children!==e.children&&f(n,t.children)}},b=(e,t,n,r)=>{e==null?o(t.el=d(t.children||``),n,r):t.el=e.el},x=(e,t,n,r)=>{[e.el,e.anchor]=_(e.children,t,n,r,e.el,e.anchor)},S=({el:e,anchor:t},n,r)=>{let i;for(;e&&e!==t;)i=h(e),o(e,n,r),e=i;o(t,n,r)},C=({el:e,anchor:t})=>{let n;for(;e&&e!==t;)n=h(e),s(e),e=n;s(t)},w=(e,t,n,r,i,a,o,s,c)=>{if(t.type===`svg`?o=`svg`:t.type===`math`&&(o=`mathml`),e==null)te(t,n,r,i,a,o,s,c);else{let n=e.el&&e.el._isVueCE?e.el:null;try{n&&n._beginPatch(),re(e,t,i,a,o,s,c)}finally{n&&n._endPatch()}}},te=(e,t,n,r,i,a,s,u)=>{let d,f,{props:m,shapeFlag:h,transition:g,dirs:_}=e;if(d=e.el=l(e.type,a,m&&m.is,m),h&8?p(d,e.children):h&16&&T(e.children,d,null,r,i,vi(e,a),s,u),_&&kn(e,null,r,`created`),ne(d,e,e.scopeId,s,r),m){for(let e in m)e!==`value`&&!ee(e)&&c(d,e,null,m[e],a,r);`value`in m&&c(d,`value`,null,m.value,a),(f=m.onVnodeBeforeMount)&&$i(f,r,e)}_&&kn(e,null,r,`beforeMount`);let v=bi(i,g);v?g.beforeEnter(d):g&&!g.persisted&&(d[Di]=!0),o(d,t,n),((f=m&&m.onVnodeMounted)||v||_)&&V(()=>{try{f&&$i(f,r,e),v&&g.enter(d),_&&kn(e,null,r,`mounted`)}finally{}},i)},ne=(e,t,n,r,i)=>{if(n&&g(e,n),r)for(let t=0;t<r.length;t++)g(e,r[t]);if(i){let n=i.subTree;if(t===n||Ei(n.type)&&(n.ssContent===t||n.ssFallback===t)){let t=i.vnode;ne(e,t,t.scopeId,t.slotScopeIds,i.parent)}}},T=(e,t,n,r,i,a,o,s,c=0)=>{for(let l=c;l<e.length;l++){let c=e[l]=s?Xi(e[l]):Yi(e[l]);v(null,c,t,n,r,i,a,o,s)}},re=(e,n,r,i,a,o,s)=>{let l=n.el=e.el,{patchFlag:u,dynamicChildren:d,dirs:f}=n;u|=e.patchFlag&16;let m=e.props||t,h=n.props||t,g;if(r&&yi(r,!1),(g=h.onVnodeBeforeUpdate)&&$i(g,r,n,e),f&&kn(n,e,r,`beforeUpdate`),r&&yi(r,!0),d&&(!e.dynamicChildren||e.dynamicChildren.length!==d.length)&&(u=0,s=!1,d=null),(m.innerHTML&&h.innerHTML==null||m.textContent&&h.textContent==null)&&p(l,``),d?E(e.dynamicChildren,d,l,r,i,vi(n,a),o):s||de(e,n,l,null,r,i,vi(n,a),o,!1),u>0){if(u&16)ie(l,m,h,r,a);else if(u&2&&m.class!==h.class&&c(l,`class`,null,h.class,a),u&4&&c(l,`style`,m.style,h.style,a),u&8){let e=n.dynamicProps;for(let t=0;t<e.length;t++){let n=e[t],i=m[n],o=h[n];(o!==i||n===`value`)&&c(l,n,i,o,a,r)}}u&1&&e.children!==n.children&&p(l,n.children)}else!s&&d==null&&ie(l,m,h,r,a);((g=h.onVnodeUpdated)||f)&&V(()=>{g&&$i(g,r,n,e),f&&kn(n,e,r,`updated`)},i)},E=(e,t,n,r,i,a,o)=>{for(let s=0;s<t.length;s++){let c=e[s],l=t[s],u=c.el||Ti(c),d=u&&(c.type===H||!Bi(c,l)||c.shapeFlag&198)?m(u):n;v(c,l,d,null,r,i,a,o,!0)}},ie=(e,n,r,i,a)=>{if(n!==r){if(n!==t)for(let t in n)!ee(t)&&!(t in r)&&c(e,t,n[t],null,a,i);for(let t in r){if(ee(t))continue;let o=r[t],s=n[t];o!==s&&t!==`value`&&c(e,t,s,o,a,i)}`value`in r&&c(e,`value`,n.value,r.value,a)}},ae=(e,t,n,r,i,a,s,c,l)=>{let d=t.el=e?e.el:u(``),f=t.anchor=e?e.anchor:u(``),{patchFlag:p,dynamicChildren:m,slotScopeIds:h}=t;h&&(c=c?c.concat(h):h),e==null?(o(d,n,r),o(f,n,r),T(t.children||[],n,f,i,a,s,c,l)):p>0&&p&64&&m&&e.dynamicChildren&&e.dynamicChildren.length===m.length?(E(e.dynamicChildren,m,n,i,a,s,c),(t.key!=null||i&&t===i.subTree)&&xi(e,t,!0)):de(e,t,n,f,i,a,s,c,l)},D=(e,t,n,r,i,a,o,s,c)=>{t.slotScopeIds=s,e==null?t.shapeFlag&512?i.ctx.activate(t,n,r,o,c):O(t,n,r,i,a,o,c):se(e,t,c)},O=(e,t,n,r,i,a,o)=>{let s=e.component=ra(e,r,i);if(Qn(e)&&(s.ctx.renderer=xe),da(s,!1,o),s.asyncDep){if(i&&i.registerDep(s,ce,o,a),!e.el){let r=s.subTree=Ui(U);b(null,r,t,n),e.placeholder=r.el}}else ce(s,e,t,n,i,a,o)},se=(e,t,n)=>{let r=t.component=e.component;if(Jr(e,t,n)){if(r.asyncDep&&!r.asyncResolved){t.el=e.el,t.placeholder=e.placeholder,ue(r,t,n);return}r.next=t,r.update()}else t.el=e.el,t.placeholder=e.placeholder,r.vnode=t},ce=(e,t,n,r,i,a,o)=>{let s=()=>{if(e.isMounted){let{next:t,bu:n,u:r,parent:s,vnode:c}=e;{let n=Ci(e);if(n){t&&(t.el=c.el,ue(e,t,o)),n.asyncDep.then(()=>{let t=()=>{e.job.flags&8||(i&&i.pendingBranch?V(t,i):l())};t.flags=48,V(t,i)});return}}let u=t,d;yi(e,!1),t?(t.el=c.el,ue(e,t,o)):t=c,n&&oe(n),(d=t.props&&t.props.onVnodeBeforeUpdate)&&$i(d,s,t,c),yi(e,!0);let f=Wr(e),p=e.subTree;e.subTree=f,v(p,f,m(p.el||Ti(p)),ye(p),e,i,a),t.el=f.el,u===null&&Zr(e,f.el),r&&V(r,i),(d=t.props&&t.props.onVnodeUpdated)&&V(()=>$i(d,s,t,c),i)}else{let o,{el:s,props:c}=t,{bm:l,m:u,parent:d,root:f,type:p}=e,m=Zn(t);if(yi(e,!1),l&&oe(l),!m&&(o=c&&c.onVnodeBeforeMount)&&$i(o,d,t),yi(e,!0),s&&Ce){let t=()=>{e.subTree=Wr(e),Ce(s,e.subTree,e,i,null)};m&&p.__asyncHydrate?p.__asyncHydrate(s,e,t):t()}else{f.ce&&f.ce._hasShadowRoot()&&f.ce._injectChildStyle(p,e.parent?e.parent.type:void 0);let o=e.subTree=Wr(e);v(null,o,n,r,e,i,a),t.el=o.el}if(u&&V(u,i),!m&&(o=c&&c.onVnodeMounted)){let e=t;V(()=>$i(o,d,e),i)}(t.shapeFlag&256||d&&Zn(d.vnode)&&d.vnode.shapeFlag&256)&&e.a&&V(e.a,i),e.isMounted=!0,t=n=r=null}};e.scope.on();let c=e.effect=new ke(s);e.scope.off();let l=e.update=c.run.bind(c),u=e.job=c.runIfDirty.bind(c);u.i=e,u.id=e.uid,c.scheduler=()=>gn(u),yi(e,!0),l()},ue=(e,t,n)=>{t.component=e;let r=e.vnode.props;e.vnode=t,e.next=null,ni(e,t.props,r,n),hi(e,t.children,n),Ue(),yn(e),We()},de=(e,t,n,r,i,a,o,s,c=!1)=>{let l=e&&e.children,u=e?e.shapeFlag:0,d=t.children,{patchFlag:f,shapeFlag:m}=t;if(f>0){if(f&128){pe(l,d,n,r,i,a,o,s,c);return}if(f&256){fe(l,d,n,r,i,a,o,s,c);return}}m&8?(u&16&&ve(l,i,a),d!==l&&p(n,d)):u&16?m&16?pe(l,d,n,r,i,a,o,s,c):ve(l,i,a,!0):(u&8&&p(n,``),m&16&&T(d,n,r,i,a,o,s,c))},fe=(e,t,r,i,a,o,s,c,l)=>{e||=n,t||=n;let u=e.length,d=t.length,f=Math.min(u,d),p=0;for(;p<f;p++){let n=t[p]=l?Xi(t[p]):Yi(t[p]);v(e[p],n,r,null,a,o,s,c,l)}u>d?ve(e,a,o,!0,!1,f):T(t,r,i,a,o,s,c,l,f)},pe=(e,t,r,i,a,o,s,c,l)=>{let u=0,d=t.length,f=e.length-1,p=d-1;for(;u<=f&&u<=p;){let n=e[u],i=t[u]=l?Xi(t[u]):Yi(t[u]);if(Bi(n,i))v(n,i,r,null,a,o,s,c,l);else break;u++}for(;u<=f&&u<=p;){let n=e[f],i=t[p]=l?Xi(t[p]):Yi(t[p]);if(Bi(n,i))v(n,i,r,null,a,o,s,c,l);else break;f--,p--}if(u>f){if(u<=p){let e=p+1,n=e<d?t[e].el:i;for(;u<=p;)v(null,t[u]=l?Xi(t[u]):Yi(t[u]),r,n,a,o,s,c,l),u++}}else if(u>p)for(;u<=f;)k(e[u],a,o,!0),u++;else{let m=u,h=u,g=new Map;for(u=h;u<=p;u++){let e=t[u]=l?Xi(t[u]):Yi(t[u]);e.key!=null&&g.set(e.key,u)}let _,y=0,b=p-h+1,x=!1,S=0,C=Array(b);for(u=0;u<b;u++)C[u]=0;for(u=m;u<=f;u++){let n=e[u];if(y>=b){k(n,a,o,!0);continue}let i;if(n.key!=null)i=g.get(n.key);else for(_=h;_<=p;_++)if(C[_-h]===0&&Bi(n,t[_])){i=_;break}i===void 0?k(n,a,o,!0):(C[i-h]=u+1,i>=S?S=i:x=!0,v(n,t[i],r,null,a,o,s,c,l),y++)}let w=x?Si(C):n;for(_=w.length-1,u=b-1;u>=0;u--){let e=h+u,n=t[e],f=t[e+1],p=e+1<d?f.el||Ti(f):i;C[u]===0?v(null,n,r,p,a,o,s,c,l):x&&(_<0||u!==w[_]?me(n,r,p,2):_--)}}},me=(e,t,n,r,i=null)=>{let{el:a,type:c,transition:l,children:u,shapeFlag:d}=e;if(d&6)me(e.component.subTree,t,n,r);else if(d&128)e.suspense.move(t,n,r);else if(d&64)c.move(e,t,n,xe);else if(c===H){o(a,t,n);for(let e=0;e<u.length;e++)me(u[e],t,n,r);o(e.anchor,t,n)}else if(c===Ai)S(e,t,n);else if(r!==2&&d&1&&l){if(r===0)l.persisted&&!a[Bn]?o(a,t,n):(l.beforeEnter(a),o(a,t,n),V(()=>l.enter(a),i));else{let{leave:r,delayLeave:i,afterLeave:c}=l,u=()=>{e.ctx.isUnmounted?s(a):o(a,t,n)},d=()=>{let e=a._isLeaving||!!a[Bn];a._isLeaving&&a[Bn](!0),l.persisted&&!e?u():r(a,()=>{u(),c&&c()})};i?i(a,u,d):d()}}else o(a,t,n)},k=(e,t,n,r=!1,i=!1)=>{let{type:a,props:o,ref:s,children:c,dynamicChildren:l,shapeFlag:u,patchFlag:d,dirs:f,cacheIndex:p,memo:m}=e;if((d===-2||l&&l.hasOnce)&&(i=!1),s!=null&&(Ue(),Yn(s,null,n,e,!0),We()),p==null||e.ctx&&e.ctx!==t||(t.renderCache[p]=void 0),u&256&&t.ctx.deactivate(e))return;let h=u&1&&f,g=!Zn(e),_;if(g&&(_=o&&o.onVnodeBeforeUnmount)&&$i(_,t,e),u&6)_e(e.component,n,r);else{if(u&128){e.suspense.unmount(n,r);return}h&&kn(e,null,t,`beforeUnmount`),u&64?e.type.remove(e,t,n,xe,r):l&&!l.hasOnce&&(a!==H||d>0&&d&64)?ve(l,t,n,!1,!0):(a===H&&d&384||!i&&u&16)&&ve(c,t,n),r&&he(e)}let v=m!=null&&p==null;(g&&(_=o&&o.onVnodeUnmounted)||h||v)&&V(()=>{_&&$i(_,t,e),h&&kn(e,null,t,`unmounted`),v&&(e.el=null)},n)},he=e=>{let{type:t,el:n,anchor:r,transition:i}=e,a=t===H;if(a&&!i){ge(n,r);return}if(t===Ai){C(e),i&&!i.persisted&&i.afterLeave&&i.afterLeave();return}let o=a?Wn(e):e,c=()=>{a?m(n)&&ge(n,r):s(n),i&&!i.persisted&&i.afterLeave&&i.afterLeave()};if(o&&o.shapeFlag&1&&i&&!i.persisted){let{leave:e,delayLeave:t}=i,n=o.el,r=()=>e(n,c);t?t(n,c,r):r()}else c()},ge=(e,t)=>{let n;for(;e!==t;)n=h(e),s(e),e=n;s(t)},_e=(e,t,n)=>{let{bum:r,scope:i,job:a,subTree:o,um:s,m:c,a:l}=e;wi(c),wi(l),r&&oe(r),i.stop(),a?(a.flags|=8,k(o,e,t,n)):o&&(o.transition=e.vnode.transition,k(o,e,t,n)),s&&V(s,t);let u=()=>{e.isUnmounted=!0};u.flags=16,V(u,t)},ve=(e,t,n,r=!1,i=!1,a=0)=>{for(let o=a;o<e.length;o++)k(e[o],t,n,r,i)},ye=e=>{if(e.shapeFlag&6)return ye(e.component.subTree);if(e.shapeFlag&128)return e.suspense.next();let t=h(e.anchor||e.el),n=t&&t[Rn];return n?h(n):t},be=(e,t,n)=>{Sn(()=>{e==null?t._vnode&&k(t._vnode,null,null,!0):v(t._vnode||null,e,t,null,null,null,n),t._vnode=e},e&&t._vnode?void 0:e&&e.component?e.component.uid:na())},xe={p:v,um:k,m:me,r:he,mt:O,mc:T,pc:de,pbc:E,n:ye,o:e},Se,Ce;return i&&([Se,Ce]=i(xe)),{render:be,hydrate:Se,createApp:Lr(be,Se)}}function vi({type:e,props:t},n){return n===`svg`&&e===`foreignObject`||n===`mathml`&&e===`annotation-xml`&&t&&t.encoding&&t.encoding.includes(`html`)?void 0:n}function yi({effect:e,job:t},n){n?(e.flags|=32,t.flags|=4):(e.flags&=-33,t.flags&=-5)}function bi(e,t){return(!e||e&&!e.pendingBranch)&&t&&!t.persisted}function xi(e,t,n=!1){let r=e.children,i=t.children;if(d(r)&&d(i))for(let e=0;e<r.length;e++){let t=r[e],a=i[e];a.shapeFlag&1&&!a.dynamicChildren&&((a.patchFlag<=0||a.patchFlag===32)&&(a=i[e]=Xi(i[e]),a.el=t.el),!n&&a.patchFlag!==-2&&xi(t,a)),a.type===ki&&(a.patchFlag===-1&&(a=i[e]=Xi(a)),a.el=t.el),a.type===U&&!a.el&&(a.el=t.el)}}function Si(e){let t=e.slice(),n=[0],r,i,a,o,s,c=e.length;for(r=0;r<c;r++){let c=e[r];if(c!==0){if(i=n[n.length-1],e[i]<c){t[r]=i,n.push(r);continue}for(a=0,o=n.length-1;a<o;)s=a+o>>1,e[n[s]]<c?a=s+1:o=s;c<e[n[a]]&&(a>0&&(t[r]=n[a-1]),n[a]=r)}}for(a=n.length,o=n[a-1];a-->0;)n[a]=o,o=t[o];return n}function Ci(e){let t=e.subTree.component;if(t)return t.asyncDep&&!t.asyncResolved?t:Ci(t)}function wi(e){if(e)for(let t=0;t<e.length;t++)e[t].flags|=8}function Ti(e){if(e.placeholder)return e.placeholder;let t=e.component;if(t)return Ti(t.subTree);let n=e.suspense;return n&&n.activeBranch?Ti(n.activeBranch):null}var Ei=e=>e.__isSuspense,Di=Symbol(`_deferredEnter`);function Oi(e,t){t&&t.pendingBranch?d(e)?t.effects.push(...e):t.effects.push(e):vn(e)}var H=Symbol.for(`v-fgt`),ki=Symbol.for(`v-txt`),U=Symbol.for(`v-cmt`),Ai=Symbol.for(`v-stc`),ji=[],W=null;function Mi(e=!1){ji.push(W=e?null:[])}function Ni(){ji.pop(),W=ji[ji.length-1]||null}var Pi=1;function Fi(e,t=!1){Pi+=e,e<0&&W&&t&&(W.hasOnce=!0)}function Ii(e){return e.dynamicChildren=Pi>0?W||n:null,Ni(),Pi>0&&W&&W.push(e),e}function Li(e,t,n,r,i,a){return Ii(G(e,t,n,r,i,a,!0))}function Ri(e,t,n,r,i){return Ii(Ui(e,t,n,r,i,!0))}function zi(e){return e?e.__v_isVNode===!0:!1}function Bi(e,t){return e.type===t.type&&e.key===t.key}var Vi=({key:e})=>e??null,Hi=({ref:e,ref_key:t,ref_for:n})=>(typeof e==`number`&&(e=``+e),e==null?null:g(e)||I(e)||h(e)?{i:Tn,r:e,k:t,f:!!n}:e);function G(e,t=null,n=null,r=0,i=null,a=e===H?0:1,o=!1,s=!1){let c={__v_isVNode:!0,__v_skip:!0,type:e,props:t,key:t&&Vi(t),ref:t&&Hi(t),scopeId:En,slotScopeIds:null,children:n,component:null,suspense:null,ssContent:null,ssFallback:null,dirs:null,transition:null,el:null,anchor:null,target:null,targetStart:null,targetAnchor:null,staticCount:0,shapeFlag:a,patchFlag:r,dynamicProps:i,dynamicChildren:null,appContext:null,ctx:Tn};return s?(Zi(c,n),a&128&&e.normalize(c)):n&&(c.shapeFlag|=g(n)?8:16),Pi>0&&!o&&W&&(c.patchFlag>0||a&6)&&c.patchFlag!==32&&W.push(c),c}var Ui=Wi;function Wi(e,t=null,n=null,r=0,i=null,a=!1){if(e&&e!==hr||(e=U),zi(e)){let r=Ki(e,t,!0);return n&&Zi(r,n),Pi>0&&!a&&W&&(r.shapeFlag&6?W[W.indexOf(e)]=r:W.push(r)),r.patchFlag=-2,r}if(ya(e)&&(e=e.__vccOpts),t){t=Gi(t);let{class:e,style:n}=t;e&&!g(e)&&(t.class=k(e)),v(n)&&(Vt(n)&&!d(n)&&(n=s({},n)),t.style=ue(n))}let o=g(e)?1:Ei(e)?128:zn(e)?64:v(e)?4:h(e)?2:0;return G(e,t,n,r,i,o,a,!0)}function Gi(e){return e?Vt(e)?s({},e):ei(e)?s({},e[ha]||e):e:null}function Ki(e,t,n=!1,r=!1){let{props:i,ref:a,patchFlag:o,children:s,transition:c}=e,l=t?Qi(i||{},t):i,u={__v_isVNode:!0,__v_skip:!0,type:e.type,props:l,key:l&&Vi(l),ref:t&&t.ref?n&&a?d(a)?a.concat(Hi(t)):[a,Hi(t)]:Hi(t):a,scopeId:e.scopeId,slotScopeIds:e.slotScopeIds,children:s,target:e.target,targetStart:e.targetStart,targetAnchor:e.targetAnchor,staticCount:e.staticCount,shapeFlag:e.shapeFlag,patchFlag:t&&e.type!==H?o===-1?16:o|16:o,dynamicProps:e.dynamicProps,dynamicChildren:e.dynamicChildren,appContext:e.appContext,dirs:e.dirs,transition:c,component:e.component,suspense:e.suspense,ssContent:e.ssContent&&Ki(e.ssContent),ssFallback:e.ssFallback&&Ki(e.ssFallback),placeholder:e.placeholder,el:e.el,anchor:e.anchor,ctx:e.ctx,ce:e.ce,cacheIndex:e.cacheIndex};return c&&r&&Un(u,c.clone(u)),u}function qi(e=` `,t=0){return Ui(ki,null,e,t)}function Ji(e=``,t=!1){return t?(Mi(),Ri(U,null,e)):Ui(U,null,e)}function Yi(e){return e==null||typeof e==`boolean`?Ui(U):d(e)?Ui(H,null,e.slice()):zi(e)?Xi(e):Ui(ki,null,String(e))}function Xi(e){return e.el===null&&e.patchFlag!==-1||e.memo?e:Ki(e)}function Zi(e,t){let n=0,{shapeFlag:r}=e;if(t==null)t=null;else if(d(t))n=16;else if(typeof t==`object`){if(r&65){let n=t.default;n&&(n._c&&(n._d=!1),Zi(e,n()),n._c&&(n._d=!0));return}{n=32;let r=t._;!r&&!ei(t)?t._ctx=Tn:r===3&&Tn&&(Tn.slots._===1?t._=1:(t._=2,e.patchFlag|=1024))}}else if(h(t)){if(r&65){Zi(e,{default:t});return}t={default:t,_ctx:Tn},n=32}else t=String(t),r&64?(n=16,t=[qi(t)]):n=8;e.children=t,e.shapeFlag|=n}function Qi(...e){let t={};for(let n=0;n<e.length;n++){let r=e[n];for(let e in r)if(e===`class`)t.class!==r.class&&(t.class=k([t.class,r.class]));else if(e===`style`)t.style=ue([t.style,r.style]);else if(a(e)){let n=t[e],i=r[e];i&&n!==i&&!(d(n)&&n.includes(i))?t[e]=n?[].concat(n,i):i:i==null&&n==null&&!o(e)&&(t[e]=i)}else e!==``&&(t[e]=r[e])}return t}function $i(e,t,n,r=null){L(e,t,7,[n,r])}var ea=Fr(),ta=0;function na(){return ta}function ra(e,n,r){let i=e.type,a=(n?n.appContext:e.appContext)||ea,o={uid:ta++,vnode:e,type:i,parent:n,appContext:a,root:null,next:null,subTree:null,effect:null,update:null,job:null,scope:new Ee(!0),render:null,proxy:null,exposed:null,exposeProxy:null,withProxy:null,provides:n?n.provides:Object.create(a.provides),ids:n?n.ids:[``,0,0],accessCache:null,renderCache:[],components:null,directives:null,propsOptions:oi(i,a),emitsOptions:Hr(i,a),emit:null,emitted:null,propsDefaults:t,inheritAttrs:i.inheritAttrs,ctx:t,data:t,props:t,attrs:t,slots:t,refs:t,setupState:t,setupContext:null,suspense:r,suspenseId:r?r.pendingId:0,asyncDep:null,asyncResolved:!1,isMounted:!1,isUnmounted:!1,isDeactivated:!1,bc:null,c:null,bm:null,m:null,bu:null,u:null,um:null,bum:null,da:null,a:null,rtg:null,rtc:null,ec:null,sp:null};return o.ctx={_:o},o.root=n?n.root:o,o.emit=Br.bind(null,o),e.ce&&e.ce(o),o}var K=null,ia=()=>K||Tn,aa,oa;{let e=le(),t=(t,n)=>{let r;return(r=e[t])||(r=e[t]=[]),r.push(n),e=>{r.length>1?r.forEach(t=>t(e)):r[0](e)}};aa=t(`__VUE_INSTANCE_SETTERS__`,e=>K=e),oa=t(`__VUE_SSR_SETTERS__`,e=>ua=e)}var sa=e=>{let t=K;return aa(e),e.scope.on(),()=>{e.scope.off(),aa(t)}},ca=()=>{K&&K.scope.off(),aa(null)};function la(e){return e.vnode.shapeFlag&4}var ua=!1;function da(e,t=!1,n=!1){t&&oa(t);let{props:r,children:i}=e.vnode,a=la(e);ti(e,r,a,t),mi(e,i,n||t);let o=a?fa(e,t):void 0;return t&&oa(!1),o}function fa(e,t){let n=e.type;e.accessCache=Object.create(null),e.proxy=new Proxy(e.ctx,yr);let{setup:r}=n;if(r){Ue();let n=e.setupContext=r.length>1?_a(e):null,i=sa(e),a=on(r,e,0,[e.props,n]),o=y(a);if(We(),i(),(o||e.sp)&&!Zn(e)&&Kn(e),o){if(a.then(ca,ca),t)return a.then(n=>{oa(!0);try{pa(e,n,t)}finally{oa(!1)}}).catch(t=>{sn(t,e,0,void 0,!0),e.ssrRender=(e,t)=>t(`<!---->`)});e.asyncDep=a}else pa(e,a,t)}else ma(e,t)}function pa(e,t,n){h(t)?e.type.__ssrInlineRender?e.ssrRender=t:e.render=t:v(t)&&(e.setupState=Xt(t)),ma(e,n)}function ma(e,t,n){let i=e.type;e.render||=i.render||r;{let t=sa(e);Ue();try{Sr(e)}finally{We(),t()}}}var ha=Symbol(),ga={get(e,t){return N(e,`get`,``),t===ha?e:e[t]}};function _a(e){return{attrs:new Proxy(e.attrs,ga),slots:e.slots,emit:e.emit,expose:t=>{e.exposed=t||{}}}}function va(e){return e.exposed?e.exposeProxy||=new Proxy(Xt(Ht(e.exposed)),{get(t,n){if(n in t)return t[n];if(n in _r)return _r[n](e)},has(e,t){return t in e||t in _r}}):e.proxy}function ya(e){return h(e)&&`__vccOpts`in e}var ba=(e,t)=>Qt(e,t,ua),xa=`3.5.45`,Sa=void 0,Ca=typeof window<`u`&&window.trustedTypes;if(Ca)try{Sa=Ca.createPolicy(`vue`,{createHTML:e=>e})}catch{}var wa=Sa?e=>Sa.createHTML(e):e=>e,Ta=`http://www.w3.org/2000/svg`,Ea=`http://www.w3.org/1998/Math/MathML`,Da=typeof document<`u`?document:null,Oa=Da&&Da.createElement(`template`),ka={insert:(e,t,n)=>{t.insertBefore(e,n||null)},remove:e=>{let t=e.parentNode;t&&t.removeChild(e)},createElement:(e,t,n,r)=>{let i=t===`svg`?Da.createElementNS(Ta,e):t===`mathml`?Da.createElementNS(Ea,e):n?Da.createElement(e,{is:n}):Da.createElement(e);return e===`select`&&r&&r.multiple!=null&&i.setAttribute(`multiple`,r.multiple),i},createText:e=>Da.createTextNode(e),createComment:e=>Da.createComment(e),setText:(e,t)=>{e.nodeValue=t},setElementText:(e,t)=>{e.textContent=t},parentNode:e=>e.parentNode,nextSibling:e=>e.nextSibling,querySelector:e=>Da.querySelector(e),setScopeId(e,t){e.setAttribute(t,``)},insertStaticContent(e,t,n,r,i,a){let o=n?n.previousSibling:t.lastChild;if(i&&(i===a||i.nextSibling))for(;t.insertBefore(i.cloneNode(!0),n),i!==a&&(i=i.nextSibling););else{Oa.innerHTML=wa(r===`svg`?`<svg>${e}</svg>`:r===`mathml`?`<math>${e}</math>`:e);let i=Oa.content;if(r===`svg`||r===`mathml`){let e=i.firstChild;for(;e.firstChild;)i.appendChild(e.firstChild);i.removeChild(e)}t.insertBefore(i,n)}return[o?o.nextSibling:t.firstChild,n?n.previousSibling:t.lastChild]}},Aa=Symbol(`_vtc`);function ja(e,t,n){let r=e[Aa];r&&(t=(t?[t,...r]:[...r]).join(` `)),t==null?e.removeAttribute(`class`):n?e.setAttribute(`class`,t):e.className=t}var Ma=Symbol(`_vod`),Na=Symbol(`_vsh`),Pa=Symbol(``),Fa=/(?:^|;)\s*display\s*:/;function Ia(e,t,n){let r=e.style,i=g(n),a=!1;if(n&&!i){if(t){if(g(t))for(let e of t.split(`;`)){let t=e.slice(0,e.indexOf(`:`)).trim();n[t]??Ra(r,t,``)}else for(let e in t)n[e]??Ra(r,e,``)}for(let i in n){i===`display`&&(a=!0);let o=n[i];o==null?Ra(r,i,``):Ha(e,i,!g(t)&&t?t[i]:void 0,o)||Ra(r,i,o)}}else if(i){if(t!==n){let e=r[Pa];e&&(n+=`;`+e),r.cssText=n,a=Fa.test(n)}}else t&&e.removeAttribute(`style`);Ma in e&&(i&&t===n||(e[Ma]=a?r.display:``),e[Na]&&(r.display=`none`))}var La=/\s*!important$/;function Ra(e,t,n){if(d(n))n.forEach(n=>Ra(e,t,n));else if(n??=``,t.startsWith(`--`))La.test(n)?e.setProperty(t,n.replace(La,``),`important`):e.setProperty(t,n);else{let r=Va(e,t);La.test(n)?e.setProperty(E(r),n.replace(La,``),`important`):e[r]=n}}var za=[`Webkit`,`Moz`,`ms`],Ba={};function Va(e,t){let n=Ba[t];if(n)return n;let r=T(t);if(r!==`filter`&&r in e)return Ba[t]=r;r=ie(r);for(let n=0;n<za.length;n++){let i=za[n]+r;if(i in e)return Ba[t]=i}return t}function Ha(e,t,n,r){return e.tagName===`TEXTAREA`&&(t===`width`||t===`height`)&&g(r)&&n===r}var Ua=`http://www.w3.org/1999/xlink`;function Wa(e,t,n,r,i,a=he(t)){r&&t.startsWith(`xlink:`)?n==null?e.removeAttributeNS(Ua,t.slice(6,t.length)):e.setAttributeNS(Ua,t,n):n==null||a&&!ge(n)?e.removeAttribute(t):e.setAttribute(t,a?``:_(n)?String(n):n)}function Ga(e,t,n,r,i){if(t===`innerHTML`||t===`textContent`){n!=null&&(e[t]=t===`innerHTML`?wa(n):n);return}let a=e.tagName;if(t===`value`&&a!==`PROGRESS`&&!a.includes(`-`)){let r=a===`OPTION`?e.getAttribute(`value`)||``:e.value,i=n==null?e.type===`checkbox`?`on`:``:String(n);r===i&&`_value`in e||(e.value=i),n??e.removeAttribute(t),e._value=n;return}let o=!1;if(n===``||n==null){let r=typeof e[t];r===`boolean`?n=ge(n):n==null&&r===`string`?(n=``,o=!0):r===`number`&&(n=0,o=!0)}try{e[t]=n}catch{}o&&e.removeAttribute(i||t)}function Ka(e,t,n,r){e.addEventListener(t,n,r)}function qa(e,t,n,r){e.removeEventListener(t,n,r)}var Ja=Symbol(`_vei`);function Ya(e,t,n,r,i=null){let a=e[Ja]||(e[Ja]={}),o=a[t];if(r&&o)o.value=r;else{let[n,s]=Qa(t);r?Ka(e,n,a[t]=no(r,i),s):o&&(qa(e,n,o,s),a[t]=void 0)}}var Xa=/(Once|Passive|Capture)$/,Za=/^on:?(?:Once|Passive|Capture)$/;function Qa(e){let t,n;for(;(n=e.match(Xa))&&!Za.test(e);)t||={},e=e.slice(0,e.length-n[1].length),t[n[1].toLowerCase()]=!0;return[e[2]===`:`?e.slice(3):E(e.slice(2)),t]}var $a=0,eo=Promise.resolve(),to=()=>$a||=(eo.then(()=>$a=0),Date.now());function no(e,t){let n=e=>{if(!e._vts)e._vts=Date.now();else if(e._vts<=n.attached)return;let r=n.value;if(d(r)){let n=e.stopImmediatePropagation;e.stopImmediatePropagation=()=>{n.call(e),e._stopped=!0};let i=r.slice(),a=[e];for(let n=0;n<i.length&&!e._stopped;n++){let e=i[n];e&&L(e,t,5,a)}}else L(r,t,5,[e])};return n.value=e,n.attached=to(),n}var ro=e=>e.charCodeAt(0)===111&&e.charCodeAt(1)===110&&e.charCodeAt(2)>96&&e.charCodeAt(2)<123,io=(e,t,n,r,i,s)=>{let c=i===`svg`;t===`class`?ja(e,r,c):t===`style`?Ia(e,n,r):a(t)?o(t)||Ya(e,t,n,r,s):(t[0]===`.`?(t=t.slice(1),1):t[0]===`^`?(t=t.slice(1),0):ao(e,t,r,c))?(Ga(e,t,r),e.tagName.includes(`-`)||t!==`value`&&t!==`checked`&&t!==`selected`||Wa(e,t,r,c,s,t!==`value`)):e._isVueCE&&(oo(e,t)||e._def.__asyncLoader&&(/[A-Z]/.test(t)||!g(r)))?Ga(e,T(t),r,s,t):(t===`true-value`?e._trueValue=r:t===`false-value`&&(e._falseValue=r),Wa(e,t,r,c))};function ao(e,t,n,r){if(r)return!!(t===`innerHTML`||t===`textContent`||t in e&&ro(t)&&h(n));if(t===`spellcheck`||t===`draggable`||t===`translate`||t===`autocorrect`||t===`sandbox`&&e.tagName===`IFRAME`||t===`form`||t===`list`&&e.tagName===`INPUT`||t===`type`&&e.tagName===`TEXTAREA`)return!1;if(t===`width`||t===`height`){let t=e.tagName;if(t===`IMG`||t===`VIDEO`||t===`CANVAS`||t===`SOURCE`)return!1}return ro(t)&&g(n)?!1:t in e}function oo(e,t){let n=e._def.props;if(!n)return!1;let r=T(t);return Array.isArray(n)?n.some(e=>T(e)===r):Object.keys(n).some(e=>T(e)===r)}var so=s({patchProp:io},ka),co;function lo(){return co||=gi(so)}var uo=((...e)=>{let t=lo().createApp(...e),{mount:n}=t;return t.mount=e=>{let r=po(e);if(!r)return;let i=t._component;h(i)||i.render||i.template||(i.template=r.innerHTML),r.nodeType===1&&(r.textContent=``);let a=n(r,!1,fo(r));return r instanceof Element&&(r.removeAttribute(`v-cloak`),r.setAttribute(`data-v-app`,``)),a},t});function fo(e){if(e instanceof SVGElement)return`svg`;if(typeof MathMLElement==`function`&&e instanceof MathMLElement)return`mathml`}function po(e){return g(e)?document.querySelector(e):e}var mo=new Map,ho={},go={},_o=e=>e.toLowerCase().split(`-`)[0]??``;function vo(e,t){go[_o(e)]=t}function yo(e,t,n){let r=(ho[t]??=Intl.DateTimeFormat.supportedLocalesOf(t).length>0)?void 0:go[_o(t)];if(r)return r(e,n);let i=t+JSON.stringify(n),a=mo.get(i);return a||mo.set(i,a=new Intl.DateTimeFormat(t,n)),a.format(e)}var bo={},xo={},So={};function Co(e,t){bo[_o(e)]??=t}function wo(e){return xo[_o(e)]}function To(e){let t=_o(e),n=bo[t];if(n&&!xo[t])return So[t]??=n().then(e=>{xo[t]=e,e.formatDate&&vo(t,e.formatDate)},()=>void(xo[t]={}))}function Eo(e){for(let t=e;t;){if(t instanceof Element&&t.getAttribute(`lang`))return t.getAttribute(`lang`);t=t.parentNode??(t instanceof ShadowRoot?t.host:null)}}function Do(e,t){return e?.[t]??e?.[_o(t)]}function Oo(e,t,n){if(!e)return;let r=Do(e,t),i=r&&typeof r==`object`?r[n]:void 0,a=e[n];return i??(typeof a==`object`?void 0:a)}function ko(e,t,n={}){return e===void 0?t:typeof e==`function`?e(n):e.replace(/\{(\w+)\}/g,(e,t)=>t in n?String(n[t]):e)}var Ao=(e,t)=>n=>ko(Number(n.count)===1?e:t,``,n),jo=new Set,Mo;function No(e,t){jo.add(e),Mo??=new MutationObserver(()=>{for(let e of jo)e.langChanged()});for(let e=t;e instanceof Node;e=e.host)e=e.getRootNode(),Mo.observe(e,{attributes:!0,attributeFilter:[`lang`],subtree:!0})}function Po(e){jo.delete(e)}var Fo=`modulepreload`,Io=function(e,t){return new URL(e,t).href},Lo={},Ro=function(e){return e.pathname.endsWith(`.css`)},zo=function(e,t,n){if(t in e)return e[t];let r=n();if(!r){e[t]=void 0;return}let i=r.then(()=>{e[t]=void 0},n=>{throw e[t]=void 0,n});return e[t]=i,i},Bo=function(e,t,n){let r=Promise.resolve();if(t&&t.length>0){let e,i=document.querySelector(`meta[property=csp-nonce]`),a=i?.nonce||i?.getAttribute(`nonce`);function o(e){return Promise.all(e.map(e=>Promise.resolve(e).then(e=>({status:`fulfilled`,value:e}),e=>({status:`rejected`,reason:e}))))}function s(e){return import.meta.resolve?new URL(import.meta.resolve(e)):new URL(e,import.meta.url)}r=o(t.map(t=>{t=Io(t,n);let r=s(t),i=Ro(r);return zo(Lo,r.href,()=>{if(e===void 0){e={all:new Set,styles:new Set};let t=document.getElementsByTagName(`link`);for(let n=t.length-1;n>=0;n--){let r=t[n];e.all.add(r.href),r.rel===`stylesheet`&&e.styles.add(r.href)}}if((i?e.styles:e.all).has(r.href))return;let t=document.createElement(`link`);if(t.rel=i?`stylesheet`:Fo,i||(t.as=`script`),t.crossOrigin=``,t.href=r.href,a&&t.setAttribute(`nonce`,a),document.head.appendChild(t),i)return new Promise((e,n)=>{let i=a=>{t.removeEventListener(`load`,i),t.removeEventListener(`error`,i),a.type===`error`?n(Error(`Unable to preload CSS for ${r}`)):e(a)};t.addEventListener(`load`,i),t.addEventListener(`error`,i)})})}).filter(e=>e!==void 0))}function i(e){let t=new Event(`vite:preloadError`,{cancelable:!0});if(t.payload=e,window.dispatchEvent(t),!t.defaultPrevented)throw e}return r.then(t=>{for(let e of t||[])e.status===`rejected`&&i(e.reason);return e().catch(i)})};Co(`cy`,()=>Bo(()=>import(`./cy-BVXrSFQ2.js`),[],import.meta.url));var Vo=class extends Event{constructor(e,t,n,r){super(`context-request`,{bubbles:!0,composed:!0}),this.context=e,this.contextTarget=t,this.callback=n,this.subscribe=r??!1}};function Ho(e){return e}var Uo=class{constructor(e,t,n,r){if(this.subscribe=!1,this.provided=!1,this.value=void 0,this.t=(e,t)=>{this.unsubscribe&&(this.unsubscribe!==t&&(this.provided=!1,this.unsubscribe()),this.subscribe||this.unsubscribe()),this.value=e,this.host.requestUpdate(),this.provided&&!this.subscribe||(this.provided=!0,this.callback&&this.callback(e,t)),this.unsubscribe=t},this.host=e,t.context!==void 0){let e=t;this.context=e.context,this.callback=e.callback,this.subscribe=e.subscribe??!1}else this.context=t,this.callback=n,this.subscribe=r??!1;this.host.addController(this)}hostConnected(){this.dispatchRequest()}hostDisconnected(){this.unsubscribe&&=(this.unsubscribe(),void 0)}dispatchRequest(){this.host.dispatchEvent(new Vo(this.context,this.host,this.t,this.subscribe))}},Wo=class{get value(){return this.o}set value(e){this.setValue(e)}setValue(e,t=!1){let n=t||!Object.is(e,this.o);this.o=e,n&&this.updateObservers()}constructor(e){this.subscriptions=new Map,this.updateObservers=()=>{for(let[e,{disposer:t}]of this.subscriptions)e(this.o,t)},e!==void 0&&(this.value=e)}addCallback(e,t,n){if(!n)return void e(this.value);this.subscriptions.has(e)||this.subscriptions.set(e,{disposer:()=>{this.subscriptions.delete(e)},consumerHost:t});let{disposer:r}=this.subscriptions.get(e);e(this.value,r)}clearCallbacks(){this.subscriptions.clear()}},Go=class extends Event{constructor(e,t){super(`context-provider`,{bubbles:!0,composed:!0}),this.context=e,this.contextTarget=t}},Ko=class extends Wo{constructor(e,t,n){super(t.context===void 0?n:t.initialValue),this.onContextRequest=e=>{if(e.context!==this.context)return;let t=e.contextTarget??e.composedPath()[0];t!==this.host&&(e.stopPropagation(),this.addCallback(e.callback,t,e.subscribe))},this.onProviderRequest=e=>{if(e.context!==this.context||(e.contextTarget??e.composedPath()[0])===this.host)return;let t=new Set;for(let[e,{consumerHost:n}]of this.subscriptions)t.has(e)||(t.add(e),n.dispatchEvent(new Vo(this.context,n,e,!0)));e.stopPropagation()},this.host=e,this.context=t.context===void 0?t:t.context,this.attachListeners(),this.host.addController?.(this)}attachListeners(){this.host.addEventListener(`context-request`,this.onContextRequest),this.host.addEventListener(`context-provider`,this.onProviderRequest)}hostConnected(){this.host.dispatchEvent(new Go(this.context,this.host))}},qo=class{constructor(){this.pendingContextRequests=new Map,this.onContextProvider=e=>{let t=this.pendingContextRequests.get(e.context);if(t===void 0)return;this.pendingContextRequests.delete(e.context);let{requests:n}=t;for(let{elementRef:t,callbackRef:r}of n){let n=t.deref(),i=r.deref();n===void 0||i===void 0||n.dispatchEvent(new Vo(e.context,n,i,!0))}},this.onContextRequest=e=>{if(!0!==e.subscribe)return;let t=e.contextTarget??e.composedPath()[0],n=e.callback,r=this.pendingContextRequests.get(e.context);r===void 0&&this.pendingContextRequests.set(e.context,r={callbacks:new WeakMap,requests:[]});let i=r.callbacks.get(t);i===void 0&&r.callbacks.set(t,i=new WeakSet),i.has(n)||(i.add(n),r.requests.push({elementRef:new WeakRef(t),callbackRef:new WeakRef(n)}))}}attach(e){e.addEventListener(`context-request`,this.onContextRequest),e.addEventListener(`context-provider`,this.onContextProvider)}detach(e){e.removeEventListener(`context-request`,this.onContextRequest),e.removeEventListener(`context-provider`,this.onContextProvider)}};function Jo({context:e}){return(t,n)=>{let r=new WeakMap;if(typeof n==`object`)return{get(){return t.get.call(this)},set(e){return r.get(this).setValue(e),t.set.call(this,e)},init(t){return r.set(this,new Ko(this,{context:e,initialValue:t})),t}};{t.constructor.addInitializer((t=>{r.set(t,new Ko(t,{context:e}))}));let i=Object.getOwnPropertyDescriptor(t,n),a;if(i===void 0){let e=new WeakMap;a={get(){return e.get(this)},set(t){r.get(this).setValue(t),e.set(this,t)},configurable:!0,enumerable:!0}}else{let e=i.set;a={...i,set(t){r.get(this).setValue(t),e?.call(this,t)}}}Object.defineProperty(t,n,a);return}}}function Yo({context:e,subscribe:t}){return(n,r)=>{typeof r==`object`?r.addInitializer((function(){new Uo(this,{context:e,callback:e=>{n.set.call(this,e)},subscribe:t})})):n.constructor.addInitializer((n=>{new Uo(n,{context:e,callback:e=>{n[r]=e},subscribe:t})}))}}var Xo=globalThis,Zo=Xo.ShadowRoot&&(Xo.ShadyCSS===void 0||Xo.ShadyCSS.nativeShadow)&&`adoptedStyleSheets`in Document.prototype&&`replace`in CSSStyleSheet.prototype,Qo=Symbol(),$o=new WeakMap,es=class{constructor(e,t,n){if(this._$cssResult$=!0,n!==Qo)throw Error("CSSResult is not constructable. Use `unsafeCSS` or `css` instead.");this.cssText=e,this.t=t}get styleSheet(){let e=this.o,t=this.t;if(Zo&&e===void 0){let n=t!==void 0&&t.length===1;n&&(e=$o.get(t)),e===void 0&&((this.o=e=new CSSStyleSheet).replaceSync(this.cssText),n&&$o.set(t,e))}return e}toString(){return this.cssText}},ts=e=>new es(typeof e==`string`?e:e+``,void 0,Qo),ns=(e,...t)=>new es(e.length===1?e[0]:t.reduce((t,n,r)=>t+(e=>{if(!0===e._$cssResult$)return e.cssText;if(typeof e==`number`)return e;throw Error(`Value passed to 'css' function must be a 'css' function result: `+e+`. Use 'unsafeCSS' to pass non-literal values, but take care to ensure page security.`)})(n)+e[r+1],e[0]),e,Qo),rs=(e,t)=>{if(Zo)e.adoptedStyleSheets=t.map(e=>e instanceof CSSStyleSheet?e:e.styleSheet);else for(let n of t){let t=document.createElement(`style`),r=Xo.litNonce;r!==void 0&&t.setAttribute(`nonce`,r),t.textContent=n.cssText,e.appendChild(t)}},is=Zo?e=>e:e=>e instanceof CSSStyleSheet?(e=>{let t=``;for(let n of e.cssRules)t+=n.cssText;return ts(t)})(e):e,{is:as,defineProperty:os,getOwnPropertyDescriptor:ss,getOwnPropertyNames:cs,getOwnPropertySymbols:ls,getPrototypeOf:us}=Object,ds=globalThis,fs=ds.trustedTypes,ps=fs?fs.emptyScript:``,ms=ds.reactiveElementPolyfillSupport,hs=(e,t)=>e,gs={toAttribute(e,t){switch(t){case Boolean:e=e?ps:null;break;case Object:case Array:e=e==null?e:JSON.stringify(e)}return e},fromAttribute(e,t){let n=e;switch(t){case Boolean:n=e!==null;break;case Number:n=e===null?null:Number(e);break;case Object:case Array:try{n=JSON.parse(e)}catch{n=null}}return n}},_s=(e,t)=>!as(e,t),vs={attribute:!0,type:String,converter:gs,reflect:!1,useDefault:!1,hasChanged:_s};Symbol.metadata??=Symbol(`metadata`),ds.litPropertyMetadata??=new WeakMap;var ys=class extends HTMLElement{static addInitializer(e){this._$Ei(),(this.l??=[]).push(e)}static get observedAttributes(){return this.finalize(),this._$Eh&&[...this._$Eh.keys()]}static createProperty(e,t=vs){if(t.state&&(t.attribute=!1),this._$Ei(),this.prototype.hasOwnProperty(e)&&((t=Object.create(t)).wrapped=!0),this.elementProperties.set(e,t),!t.noAccessor){let n=Symbol(),r=this.getPropertyDescriptor(e,n,t);r!==void 0&&os(this.prototype,e,r)}}static getPropertyDescriptor(e,t,n){let{get:r,set:i}=ss(this.prototype,e)??{get(){return this[t]},set(e){this[t]=e}};return{get:r,set(t){let a=r?.call(this);i?.call(this,t),this.requestUpdate(e,a,n)},configurable:!0,enumerable:!0}}static getPropertyOptions(e){return this.elementProperties.get(e)??vs}static _$Ei(){if(this.hasOwnProperty(hs(`elementProperties`)))return;let e=us(this);e.finalize(),e.l!==void 0&&(this.l=[...e.l]),this.elementProperties=new Map(e.elementProperties)}static finalize(){if(this.hasOwnProperty(hs(`finalized`)))return;if(this.finalized=!0,this._$Ei(),this.hasOwnProperty(hs(`properties`))){let e=this.properties,t=[...cs(e),...ls(e)];for(let n of t)this.createProperty(n,e[n])}let e=this[Symbol.metadata];if(e!==null){let t=litPropertyMetadata.get(e);if(t!==void 0)for(let[e,n]of t)this.elementProperties.set(e,n)}this._$Eh=new Map;for(let[e,t]of this.elementProperties){let n=this._$Eu(e,t);n!==void 0&&this._$Eh.set(n,e)}this.elementStyles=this.finalizeStyles(this.styles)}static finalizeStyles(e){let t=[];if(Array.isArray(e)){let n=new Set(e.flat(1/0).reverse());for(let e of n)t.unshift(is(e))}else e!==void 0&&t.push(is(e));return t}static _$Eu(e,t){let n=t.attribute;return!1===n?void 0:typeof n==`string`?n:typeof e==`string`?e.toLowerCase():void 0}constructor(){super(),this._$Ep=void 0,this.isUpdatePending=!1,this.hasUpdated=!1,this._$Em=null,this._$Ev()}_$Ev(){this._$ES=new Promise(e=>this.enableUpdating=e),this._$AL=new Map,this._$E_(),this.requestUpdate(),this.constructor.l?.forEach(e=>e(this))}addController(e){(this._$EO??=new Set).add(e),this.renderRoot!==void 0&&this.isConnected&&e.hostConnected?.()}removeController(e){this._$EO?.delete(e)}_$E_(){let e=new Map,t=this.constructor.elementProperties;for(let n of t.keys())this.hasOwnProperty(n)&&(e.set(n,this[n]),delete this[n]);e.size>0&&(this._$Ep=e)}createRenderRoot(){let e=this.shadowRoot??this.attachShadow(this.constructor.shadowRootOptions);return rs(e,this.constructor.elementStyles),e}connectedCallback(){this.renderRoot??=this.createRenderRoot(),this.enableUpdating(!0),this._$EO?.forEach(e=>e.hostConnected?.())}enableUpdating(e){}disconnectedCallback(){this._$EO?.forEach(e=>e.hostDisconnected?.())}attributeChangedCallback(e,t,n){this._$AK(e,n)}_$ET(e,t){let n=this.constructor.elementProperties.get(e),r=this.constructor._$Eu(e,n);if(r!==void 0&&!0===n.reflect){let i=(n.converter?.toAttribute===void 0?gs:n.converter).toAttribute(t,n.type);this._$Em=e,i==null?this.removeAttribute(r):this.setAttribute(r,i),this._$Em=null}}_$AK(e,t){let n=this.constructor,r=n._$Eh.get(e);if(r!==void 0&&this._$Em!==r){let e=n.getPropertyOptions(r),i=typeof e.converter==`function`?{fromAttribute:e.converter}:e.converter?.fromAttribute===void 0?gs:e.converter;this._$Em=r;let a=i.fromAttribute(t,e.type);this[r]=a??this._$Ej?.get(r)??a,this._$Em=null}}requestUpdate(e,t,n,r=!1,i){if(e!==void 0){let a=this.constructor;if(!1===r&&(i=this[e]),n??=a.getPropertyOptions(e),!((n.hasChanged??_s)(i,t)||n.useDefault&&n.reflect&&i===this._$Ej?.get(e)&&!this.hasAttribute(a._$Eu(e,n))))return;this.C(e,t,n)}!1===this.isUpdatePending&&(this._$ES=this._$EP())}C(e,t,{useDefault:n,reflect:r,wrapped:i},a){n&&!(this._$Ej??=new Map).has(e)&&(this._$Ej.set(e,a??t??this[e]),!0!==i||a!==void 0)||(this._$AL.has(e)||(this.hasUpdated||n||(t=void 0),this._$AL.set(e,t)),!0===r&&this._$Em!==e&&(this._$Eq??=new Set).add(e))}async _$EP(){this.isUpdatePending=!0;try{await this._$ES}catch(e){Promise.reject(e)}let e=this.scheduleUpdate();return e!=null&&await e,!this.isUpdatePending}scheduleUpdate(){return this.performUpdate()}performUpdate(){if(!this.isUpdatePending)return;if(!this.hasUpdated){if(this.renderRoot??=this.createRenderRoot(),this._$Ep){for(let[e,t]of this._$Ep)this[e]=t;this._$Ep=void 0}let e=this.constructor.elementProperties;if(e.size>0)for(let[t,n]of e){let{wrapped:e}=n,r=this[t];!0!==e||this._$AL.has(t)||r===void 0||this.C(t,void 0,n,r)}}let e=!1,t=this._$AL;try{e=this.shouldUpdate(t),e?(this.willUpdate(t),this._$EO?.forEach(e=>e.hostUpdate?.()),this.update(t)):this._$EM()}catch(t){throw e=!1,this._$EM(),t}e&&this._$AE(t)}willUpdate(e){}_$AE(e){this._$EO?.forEach(e=>e.hostUpdated?.()),this.hasUpdated||(this.hasUpdated=!0,this.firstUpdated(e)),this.updated(e)}_$EM(){this._$AL=new Map,this.isUpdatePending=!1}get updateComplete(){return this.getUpdateComplete()}getUpdateComplete(){return this._$ES}shouldUpdate(e){return!0}update(e){this._$Eq&&=this._$Eq.forEach(e=>this._$ET(e,this[e])),this._$EM()}updated(e){}firstUpdated(e){}};ys.elementStyles=[],ys.shadowRootOptions={mode:`open`},ys[hs(`elementProperties`)]=new Map,ys[hs(`finalized`)]=new Map,ms?.({ReactiveElement:ys}),(ds.reactiveElementVersions??=[]).push(`2.1.2`);var bs=globalThis,xs=e=>e,Ss=bs.trustedTypes,Cs=Ss?Ss.createPolicy(`lit-html`,{createHTML:e=>e}):void 0,ws=`$lit$`,Ts=`lit$${Math.random().toFixed(9).slice(2)}$`,Es=`?`+Ts,Ds=`<${Es}>`,Os=document,ks=()=>Os.createComment(``),As=e=>e===null||typeof e!=`object`&&typeof e!=`function`,js=Array.isArray,Ms=e=>js(e)||typeof e?.[Symbol.iterator]==`function`,Ns=`[ 	
\f\r]`,Ps=/<(?:(!--|\/[^a-zA-Z])|(\/?[a-zA-Z][^>\s]*)|(\/?$))/g,Fs=/-->/g,Is=/>/g,Ls=RegExp(`>|${Ns}(?:([^\\s"'>=/]+)(${Ns}*=${Ns}*(?:[^ \t\n\f\r"'\`<>=]|("|')|))|$)`,`g`),Rs=/'/g,zs=/"/g,Bs=/^(?:script|style|textarea|title)$/i,q=(e=>(t,...n)=>({_$litType$:e,strings:t,values:n}))(1),Vs=Symbol.for(`lit-noChange`),J=Symbol.for(`lit-nothing`),Hs=new WeakMap,Us=Os.createTreeWalker(Os,129);function Ws(e,t){if(!js(e)||!e.hasOwnProperty(`raw`))throw Error(`invalid template strings array`);return Cs===void 0?t:Cs.createHTML(t)}var Gs=(e,t)=>{let n=e.length-1,r=[],i,a=t===2?`<svg>`:t===3?`<math>`:``,o=Ps;for(let t=0;t<n;t++){let n=e[t],s,c,l=-1,u=0;for(;u<n.length&&(o.lastIndex=u,c=o.exec(n),c!==null);)u=o.lastIndex,o===Ps?c[1]===`!--`?o=Fs:c[1]===void 0?c[2]===void 0?c[3]!==void 0&&(o=Ls):(Bs.test(c[2])&&(i=RegExp(`</`+c[2],`g`)),o=Ls):o=Is:o===Ls?c[0]===`>`?(o=i??Ps,l=-1):c[1]===void 0?l=-2:(l=o.lastIndex-c[2].length,s=c[1],o=c[3]===void 0?Ls:c[3]===`"`?zs:Rs):o===zs||o===Rs?o=Ls:o===Fs||o===Is?o=Ps:(o=Ls,i=void 0);let d=o===Ls&&e[t+1].startsWith(`/>`)?` `:``;a+=o===Ps?n+Ds:l>=0?(r.push(s),n.slice(0,l)+ws+n.slice(l)+Ts+d):n+Ts+(l===-2?t:d)}return[Ws(e,a+(e[n]||`<?>`)+(t===2?`</svg>`:t===3?`</math>`:``)),r]},Ks=class e{constructor({strings:t,_$litType$:n},r){let i;this.parts=[];let a=0,o=0,s=t.length-1,c=this.parts,[l,u]=Gs(t,n);if(this.el=e.createElement(l,r),Us.currentNode=this.el.content,n===2||n===3){let e=this.el.content.firstChild;e.replaceWith(...e.childNodes)}for(;(i=Us.nextNode())!==null&&c.length<s;){if(i.nodeType===1){if(i.hasAttributes())for(let e of i.getAttributeNames())if(e.endsWith(ws)){let t=u[o++],n=i.getAttribute(e).split(Ts),r=/([.?@])?(.*)/.exec(t);c.push({type:1,index:a,name:r[2],strings:n,ctor:r[1]===`.`?Zs:r[1]===`?`?Qs:r[1]===`@`?$s:Xs}),i.removeAttribute(e)}else e.startsWith(Ts)&&(c.push({type:6,index:a}),i.removeAttribute(e));if(Bs.test(i.tagName)){let e=i.textContent.split(Ts),t=e.length-1;if(t>0){i.textContent=Ss?Ss.emptyScript:``;for(let n=0;n<t;n++)i.append(e[n],ks()),Us.nextNode(),c.push({type:2,index:++a});i.append(e[t],ks())}}}else if(i.nodeType===8){if(i.data===Es)c.push({type:2,index:a});else{let e=-1;for(;(e=i.data.indexOf(Ts,e+1))!==-1;)c.push({type:7,index:a}),e+=Ts.length-1}}a++}}static createElement(e,t){let n=Os.createElement(`template`);return n.innerHTML=e,n}};function qs(e,t,n=e,r){if(t===Vs)return t;let i=r===void 0?n._$Cl:n._$Co?.[r],a=As(t)?void 0:t._$litDirective$;return i?.constructor!==a&&(i?._$AO?.(!1),a===void 0?i=void 0:(i=new a(e),i._$AT(e,n,r)),r===void 0?n._$Cl=i:(n._$Co??=[])[r]=i),i!==void 0&&(t=qs(e,i._$AS(e,t.values),i,r)),t}var Js=class{constructor(e,t){this._$AV=[],this._$AN=void 0,this._$AD=e,this._$AM=t}get parentNode(){return this._$AM.parentNode}get _$AU(){return this._$AM._$AU}u(e){let{el:{content:t},parts:n}=this._$AD,r=(e?.creationScope??Os).importNode(t,!0);Us.currentNode=r;let i=Us.nextNode(),a=0,o=0,s=n[0];for(;s!==void 0;){if(a===s.index){let t;s.type===2?t=new Ys(i,i.nextSibling,this,e):s.type===1?t=new s.ctor(i,s.name,s.strings,this,e):s.type===6&&(t=new ec(i,this,e)),this._$AV.push(t),s=n[++o]}a!==s?.index&&(i=Us.nextNode(),a++)}return Us.currentNode=Os,r}p(e){let t=0;for(let n of this._$AV)n!==void 0&&(n.strings===void 0?n._$AI(e[t]):(n._$AI(e,n,t),t+=n.strings.length-2)),t++}},Ys=class e{get _$AU(){return this._$AM?._$AU??this._$Cv}constructor(e,t,n,r){this.type=2,this._$AH=J,this._$AN=void 0,this._$AA=e,this._$AB=t,this._$AM=n,this.options=r,this._$Cv=r?.isConnected??!0}get parentNode(){let e=this._$AA.parentNode,t=this._$AM;return t!==void 0&&e?.nodeType===11&&(e=t.parentNode),e}get startNode(){return this._$AA}get endNode(){return this._$AB}_$AI(e,t=this){e=qs(this,e,t),As(e)?e===J||e==null||e===``?(this._$AH!==J&&this._$AR(),this._$AH=J):e!==this._$AH&&e!==Vs&&this._(e):e._$litType$===void 0?e.nodeType===void 0?Ms(e)?this.k(e):this._(e):this.T(e):this.$(e)}O(e){return this._$AA.parentNode.insertBefore(e,this._$AB)}T(e){this._$AH!==e&&(this._$AR(),this._$AH=this.O(e))}_(e){this._$AH!==J&&As(this._$AH)?this._$AA.nextSibling.data=e:this.T(Os.createTextNode(e)),this._$AH=e}$(e){let{values:t,_$litType$:n}=e,r=typeof n==`number`?this._$AC(e):(n.el===void 0&&(n.el=Ks.createElement(Ws(n.h,n.h[0]),this.options)),n);if(this._$AH?._$AD===r)this._$AH.p(t);else{let e=new Js(r,this),n=e.u(this.options);e.p(t),this.T(n),this._$AH=e}}_$AC(e){let t=Hs.get(e.strings);return t===void 0&&Hs.set(e.strings,t=new Ks(e)),t}k(t){js(this._$AH)||(this._$AH=[],this._$AR());let n=this._$AH,r,i=0;for(let a of t)i===n.length?n.push(r=new e(this.O(ks()),this.O(ks()),this,this.options)):r=n[i],r._$AI(a),i++;i<n.length&&(this._$AR(r&&r._$AB.nextSibling,i),n.length=i)}_$AR(e=this._$AA.nextSibling,t){for(this._$AP?.(!1,!0,t);e!==this._$AB;){let t=xs(e).nextSibling;xs(e).remove(),e=t}}setConnected(e){this._$AM===void 0&&(this._$Cv=e,this._$AP?.(e))}},Xs=class{get tagName(){return this.element.tagName}get _$AU(){return this._$AM._$AU}constructor(e,t,n,r,i){this.type=1,this._$AH=J,this._$AN=void 0,this.element=e,this.name=t,this._$AM=r,this.options=i,n.length>2||n[0]!==``||n[1]!==``?(this._$AH=Array(n.length-1).fill(new String),this.strings=n):this._$AH=J}_$AI(e,t=this,n,r){let i=this.strings,a=!1;if(i===void 0)e=qs(this,e,t,0),a=!As(e)||e!==this._$AH&&e!==Vs,a&&(this._$AH=e);else{let r=e,o,s;for(e=i[0],o=0;o<i.length-1;o++)s=qs(this,r[n+o],t,o),s===Vs&&(s=this._$AH[o]),a||=!As(s)||s!==this._$AH[o],s===J?e=J:e!==J&&(e+=(s??``)+i[o+1]),this._$AH[o]=s}a&&!r&&this.j(e)}j(e){e===J?this.element.removeAttribute(this.name):this.element.setAttribute(this.name,e??``)}},Zs=class extends Xs{constructor(){super(...arguments),this.type=3}j(e){this.element[this.name]=e===J?void 0:e}},Qs=class extends Xs{constructor(){super(...arguments),this.type=4}j(e){this.element.toggleAttribute(this.name,!!e&&e!==J)}},$s=class extends Xs{constructor(e,t,n,r,i){super(e,t,n,r,i),this.type=5}_$AI(e,t=this){if((e=qs(this,e,t,0)??J)===Vs)return;let n=this._$AH,r=e===J&&n!==J||e.capture!==n.capture||e.once!==n.once||e.passive!==n.passive,i=e!==J&&(n===J||r);r&&this.element.removeEventListener(this.name,this,n),i&&this.element.addEventListener(this.name,this,e),this._$AH=e}handleEvent(e){typeof this._$AH==`function`?this._$AH.call(this.options?.host??this.element,e):this._$AH.handleEvent(e)}},ec=class{constructor(e,t,n){this.element=e,this.type=6,this._$AN=void 0,this._$AM=t,this.options=n}get _$AU(){return this._$AM._$AU}_$AI(e){qs(this,e)}},tc=bs.litHtmlPolyfillSupport;tc?.(Ks,Ys),(bs.litHtmlVersions??=[]).push(`3.3.3`);var nc=(e,t,n)=>{let r=n?.renderBefore??t,i=r._$litPart$;if(i===void 0){let e=n?.renderBefore??null;r._$litPart$=i=new Ys(t.insertBefore(ks(),e),e,void 0,n??{})}return i._$AI(e),i},rc=globalThis,ic=class extends ys{constructor(){super(...arguments),this.renderOptions={host:this},this._$Do=void 0}createRenderRoot(){let e=super.createRenderRoot();return this.renderOptions.renderBefore??=e.firstChild,e}update(e){let t=this.render();this.hasUpdated||(this.renderOptions.isConnected=this.isConnected),super.update(e),this._$Do=nc(t,this.renderRoot,this.renderOptions)}connectedCallback(){super.connectedCallback(),this._$Do?.setConnected(!0)}disconnectedCallback(){super.disconnectedCallback(),this._$Do?.setConnected(!1)}render(){return Vs}};ic._$litElement$=!0,ic.finalized=!0,rc.litElementHydrateSupport?.({LitElement:ic});var ac=rc.litElementPolyfillSupport;ac?.({LitElement:ic}),(rc.litElementVersions??=[]).push(`4.2.2`);var oc={attribute:!0,type:String,converter:gs,reflect:!1,hasChanged:_s},sc=(e=oc,t,n)=>{let{kind:r,metadata:i}=n,a=globalThis.litPropertyMetadata.get(i);if(a===void 0&&globalThis.litPropertyMetadata.set(i,a=new Map),r===`setter`&&((e=Object.create(e)).wrapped=!0),a.set(n.name,e),r===`accessor`){let{name:r}=n;return{set(n){let i=t.get.call(this);t.set.call(this,n),this.requestUpdate(r,i,e,!0,n)},init(t){return t!==void 0&&this.C(r,void 0,e,t),t}}}if(r===`setter`){let{name:r}=n;return function(n){let i=this[r];t.call(this,n),this.requestUpdate(r,i,e,!0,n)}}throw Error(`Unsupported decorator location: `+r)};function Y(e){return(t,n)=>typeof n==`object`?sc(e,t,n):((e,t,n)=>{let r=t.hasOwnProperty(n);return t.constructor.createProperty(n,e),r?Object.getOwnPropertyDescriptor(t,n):void 0})(e,t,n)}function cc(e){return Y({...e,state:!0,attribute:!1})}var lc=Ho(Symbol.for(`hero-elements/config`)),uc;function dc(){uc||typeof document>`u`||(uc=new qo,uc.attach(document.documentElement))}var X=class extends Error{constructor(e,t,n={}){super(t,n.cause===void 0?void 0:{cause:n.cause}),this.name=`HeroError`,this.code=e,this.status=n.status,this.reason=n.reason,this.issues=n.issues??[],this.retryAfter=n.retryAfter}toDetail(){return this.status===void 0?{code:this.code,message:this.message}:{code:this.code,message:this.message,status:this.status}}},fc={auth:`The Hero API did not accept the access token. Check the token source; signing in again may help.`,network:`The Hero API could not be reached. Check the connection and try again.`,not_found:`The Hero API could not find what was asked for. It may have been removed.`,validation:`The Hero API rejected the request as invalid.`,conflict:`Someone else changed this at the same time. Refresh and try again.`,rate_limited:`Too many requests to the Hero API. Wait a moment and try again.`,server:`The Hero API had a problem. Try again in a moment.`};function pc(e){return e===401||e===403?`auth`:e===404||e===410?`not_found`:e===409?`conflict`:e===429?`rate_limited`:e>=500?`server`:`validation`}var mc=/^[a-z][a-z0-9_]{0,63}$/;function hc(e,t,n){let r=pc(e),i={status:e};n!==void 0&&(i.retryAfter=n);let a=vc(t)?t.message:void 0;typeof a==`string`&&mc.test(a)&&(i.reason=a),Array.isArray(a)&&(i.issues=a.filter(vc).map(_c));let o=e===410?`This has expired. Start again.`:fc[r];if(i.issues?.length){let e=[...new Set(i.issues.map(e=>e.path.join(`.`)).filter(Boolean))];e.length&&(o+=` Check: ${e.join(`, `)}.`)}return new X(r,o,i)}function gc(e){return new X(`network`,fc.network,{cause:e})}function _c(e){let t={path:Array.isArray(e.path)?e.path.filter(e=>typeof e==`string`||typeof e==`number`).map(String):[],code:typeof e.code==`string`?e.code:`invalid`};return typeof e.expected==`string`&&(t.expected=e.expected),t}function vc(e){return typeof e==`object`&&!!e}function yc(e){return e instanceof DOMException&&e.name===`AbortError`}function bc(e){return e instanceof X?e:new X(`server`,fc.server,{cause:e})}var xc={production:`https://api.herohealth.net`,staging:`https://api.staging.htech.app`},Sc=`staging`,Cc=`x-practice-group-id`,wc=new Set([429,502,503,504]),Tc={retries:3,baseDelayMs:300,maxDelayMs:8e3};function Ec(e,t){return t?t.replace(/\/+$/,``):xc[e===`production`?`production`:Sc]}function Dc(e={}){return{...Tc,...e}}function Oc(e,t,n){if(t!==void 0){let e=t*1e3;return e>n.maxDelayMs?void 0:e}let r=Math.min(n.maxDelayMs,n.baseDelayMs*2**e);return r/2+r/2*Math.random()}function kc(e,t){if(e===null||e.trim()===``)return;if(/^\d+$/.test(e.trim()))return Number(e.trim());let n=Date.parse(e);return Number.isNaN(n)?void 0:Math.max(0,(n-t)/1e3)}function Ac(e,t){return new Promise((n,r)=>{if(t?.aborted)return r(t.reason);let i=setTimeout(()=>{t?.removeEventListener(`abort`,a),n()},e),a=()=>{clearTimeout(i),r(t?.reason)};t?.addEventListener(`abort`,a,{once:!0})})}function jc(e,t){return t?t.aborted?Promise.reject(t.reason):new Promise((n,r)=>{let i=()=>r(t.reason);t.addEventListener(`abort`,i,{once:!0}),e.then(e=>{t.removeEventListener(`abort`,i),n(e)},e=>{t.removeEventListener(`abort`,i),r(e)})}):e}function Mc(e){if(typeof e.tokenProvider==`function`)return{kind:`provider`,provider:e.tokenProvider};if(e.tokenUrl)return{kind:`url`,url:e.tokenUrl};if(e.jwtToken)return{kind:`static`,token:e.jwtToken}}function Nc(e){let t=e.split(`.`)[1];if(t)try{let e=t.replace(/-/g,`+`).replace(/_/g,`/`),n=new TextDecoder().decode(Uint8Array.from(atob(e),e=>e.charCodeAt(0))),r=JSON.parse(n).exp;return typeof r==`number`&&Number.isFinite(r)?r*1e3:void 0}catch{return}}var Pc=class{#e;#t;#n;#r;#i;constructor(e,t){this.#e=e,this.#t=t,this.#n=t.leewayMs??6e4}async get(e){let t=this.#r;return t&&(t.expiresAt===void 0||this.#t.now()<t.expiresAt-this.#n)?t.token:(this.#i??=this.#a().finally(()=>{this.#i=void 0}),(await jc(this.#i,e)).token)}invalidate(e){this.#r?.token===e&&(this.#r=void 0)}async#a(){let e=await this.#o(),t=Nc(e);if(t!==void 0&&t<=this.#t.now())throw new X(`auth`,this.#e.kind===`static`?`The access token (jwt-token) has expired. Give the element a new one, or use token-url or tokenProvider so it can refresh itself.`:`The token source returned an access token that has already expired. Check the host backend’s clock and token route.`);return this.#r={token:e,expiresAt:t},this.#r}async#o(){let e=this.#e;if(e.kind===`static`)return e.token;if(e.kind===`provider`){let t;try{t=await e.provider()}catch(e){throw new X(`auth`,`The tokenProvider function failed to return an access token. Try again; if it keeps failing, check the host application’s token code.`,{cause:e})}if(typeof t!=`string`||t===``)throw new X(`auth`,`The tokenProvider function returned no access token. It must resolve to the token string.`);return t}return this.#s(e.url)}async#s(e){let{fetch:t,now:n,retry:r}=this.#t;for(let i=0;;i++){let a;try{a=await t(e,{credentials:`include`,cache:`no-store`,headers:{accept:`application/json`}})}catch(e){let t=i<r.retries?Oc(i,void 0,r):void 0;if(t!==void 0){await Ac(t);continue}throw new X(`auth`,`Could not reach the token endpoint (token-url). Check that the host’s token route is running; the next attempt will try again.`,{cause:e})}if(a.ok){let e=await a.json().catch(()=>void 0),t=typeof e==`object`&&e?e.access_token:void 0;if(typeof t==`string`&&t!==``)return t;throw new X(`auth`,`The token endpoint (token-url) answered without an access_token. It must return JSON { "access_token": "..." }.`)}if(a.status===401||a.status===403)throw new X(`auth`,`The token endpoint (token-url) refused to issue a token (HTTP ${a.status}). The user may need to sign in to the host application again.`);let o=i<r.retries&&a.status>=500?Oc(i,kc(a.headers.get(`retry-after`),n()),r):void 0;if(o!==void 0)await Ac(o);else throw new X(`auth`,`The token endpoint (token-url) failed (HTTP ${a.status}). Check the host’s token route; the next attempt will try again.`)}}},Fc=new Set([`GET`,`HEAD`,`PUT`,`DELETE`,`OPTIONS`]),Ic=4,Lc=class{#e;#t;#n;#r=new Map;constructor(e){this.baseUrl=e.baseUrl.replace(/\/+$/,``),this.tenantId=e.tenantId,this.#e=e.fetch??((e,t)=>globalThis.fetch(e,t)),this.#t=e.now??Date.now,this.#n=Dc(e.retry),this.tokens=new Pc(e.token,{fetch:this.#e,now:this.#t,retry:this.#n})}get(e,...[t]){return this.request(`GET`,e,t)}post(e,...[t]){return this.request(`POST`,e,t)}patch(e,...[t]){return this.request(`PATCH`,e,t)}async listAll(e,t={}){let n=n=>this.request(`GET`,e,{...t,query:{...t.query,page_index:n,page_size:100}}),r=await n(0),i=Math.ceil(r.count/100),a=[r],o=1;return await Promise.all(Array.from({length:Math.min(Ic,i-1)},async()=>{for(;o<i;){let e=o++;a[e]=await n(e)}})),{data:a.flatMap(e=>e.data),count:r.count}}async request(e,t,n={}){let r=this.#o(t,n.path,n.query),i=e.toUpperCase(),a=n.idempotent??Fc.has(i),o=n.body===void 0?void 0:JSON.stringify(n.body);return i===`GET`?this.#i(r,n.signal,e=>this.#a(i,r,void 0,a,e)):this.#a(i,r,o,a,n.signal)}#i(e,t,n){t?.throwIfAborted();let r=this.#r.get(e);if(!r){let t=new AbortController,i={controller:t,users:0,promise:n(t.signal).finally(()=>{this.#r.get(e)===i&&this.#r.delete(e)})};i.promise.catch(()=>void 0),this.#r.set(e,i),r=i}let i=r;if(i.users++,t){let n=()=>{--i.users===0&&(i.controller.abort(),this.#r.get(e)===i&&this.#r.delete(e))};t.addEventListener(`abort`,n,{once:!0}),i.promise.then(()=>t.removeEventListener(`abort`,n),()=>t.removeEventListener(`abort`,n))}return jc(i.promise,t)}async#a(e,t,n,r,i){let a=!1;for(let o=0;;){i?.throwIfAborted();let s=await this.tokens.get(i),c={accept:`application/json`,authorization:`Bearer ${s}`,[Cc]:this.tenantId};n!==void 0&&(c[`content-type`]=`application/json`);let l;try{l=await this.#e(t,{method:e,headers:c,body:n??null,signal:i??null})}catch(e){if(i?.aborted)throw i.reason;let t=r&&o<this.#n.retries?Oc(o,void 0,this.#n):void 0;if(t===void 0)throw gc(e);await Ac(t,i),o++;continue}if(l.status===401&&!a){a=!0,this.tokens.invalidate(s);continue}if(!l.ok){let e=kc(l.headers.get(`retry-after`),this.#t());if(r&&wc.has(l.status)&&o<this.#n.retries){let t=Oc(o,e,this.#n);if(t!==void 0){l.body?.cancel().catch(()=>void 0),await Ac(t,i),o++;continue}}let t=await l.json().catch(()=>void 0);throw hc(l.status,t,e)}if(l.status===204)return;let u=await l.text();if(!u)return;try{return JSON.parse(u)}catch(e){throw new X(`server`,`The Hero API sent a response the kit could not read. Try again in a moment.`,{status:l.status,cause:e})}}}#o(e,t,n){let r=t??{},i=e.replace(/\{(\w+)\}/g,(e,t)=>{let n=r[t];if(n==null)throw new X(`validation`,`Missing path parameter "${t}".`);return encodeURIComponent(String(n))}),a=new URLSearchParams;for(let[e,t]of Object.entries(n??{}))if(t!=null)for(let n of Array.isArray(t)?t:[t])a.append(e,String(n));let o=a.toString();return`${this.baseUrl}${i}${o?`?${o}`:``}`}},Rc=new Map,zc=new WeakMap,Bc=1,Vc=16;function Hc(e){switch(e.kind){case`provider`:{let t=zc.get(e.provider);return t===void 0&&zc.set(e.provider,t=Bc++),`provider:${t}`}case`url`:return`url:${e.url}`;case`static`:return`static:${e.token}`}}function Uc(e){if(!e.tenantId)throw new X(`auth`,`No practice group: set tenant-id on the element or on a <hero-provider> around it.`);let t=Mc(e);if(!t)throw new X(`auth`,`No access token source: set token-url, jwt-token or tokenProvider on the element or on a <hero-provider> around it.`);let n=Ec(e.env,e.baseUrl),r=`${n}\n${e.tenantId}\n${Hc(t)}`,i=Rc.get(r);return i||(i=new Lc({baseUrl:n,tenantId:e.tenantId,token:t}),Rc.set(r,i),Rc.size>Vc&&Rc.delete(Rc.keys().next().value)),i}var Z=function(e,t,n,r){var i=arguments.length,a=i<3?t:r===null?r=Object.getOwnPropertyDescriptor(t,n):r,o;if(typeof Reflect==`object`&&typeof Reflect.decorate==`function`)a=Reflect.decorate(e,t,n,r);else for(var s=e.length-1;s>=0;s--)(o=e[s])&&(a=(i<3?o(a):i>3?o(t,n,a):o(t,n))||a);return i>3&&a&&Object.defineProperty(t,n,a),a},Wc=[`tenantId`,`env`,`baseUrl`,`jwtToken`,`tokenUrl`,`tokenProvider`,`lang`],Gc=class extends ic{connectedCallback(){dc(),super.connectedCallback()}get config(){let e={...this.providerConfig??{}};for(let t of Wc){let n=this[t];n!==void 0&&n!==``&&(e[t]=n)}return e}};Z([Y({attribute:`tenant-id`})],Gc.prototype,`tenantId`,void 0),Z([Y()],Gc.prototype,`env`,void 0),Z([Y({attribute:`base-url`})],Gc.prototype,`baseUrl`,void 0),Z([Y({attribute:`jwt-token`})],Gc.prototype,`jwtToken`,void 0),Z([Y({attribute:`token-url`})],Gc.prototype,`tokenUrl`,void 0),Z([Y({attribute:!1})],Gc.prototype,`tokenProvider`,void 0),Z([Y({reflect:!0})],Gc.prototype,`lang`,void 0),Z([Yo({context:lc,subscribe:!0}),cc()],Gc.prototype,`providerConfig`,void 0);var Kc={loading:`Loading…`,retry:`Try again`,"error.auth":`The connection to Hero is not authorised. Sign in again; if this keeps happening, ask your administrator to check the set-up.`,"error.network":`Hero could not be reached. Check your internet connection, then try again.`,"error.not_found":`This could not be found. It may have been changed or removed.`,"error.validation":`Hero could not accept this. Check the details, then try again.`,"error.conflict":`Someone else changed this at the same time. Try again to see the latest.`,"error.rate_limited":`Too many requests were made. Wait a minute, then try again.`,"error.server":`Hero is having a problem. Try again in a few minutes.`,"summary.title":`There is a problem`},qc=class extends Gc{constructor(){super(...arguments),this.#e=!1,this.announcement=``}static{this.shadowRootOptions={...ic.shadowRootOptions,delegatesFocus:!0}}static{this.translations={"en-GB":{}}}#e;connectedCallback(){super.connectedCallback(),No(this,this),this.langChanged()}disconnectedCallback(){super.disconnectedCallback(),Po(this)}langChanged(){this._lang!==void 0&&this._resolveLang()!==this._lang&&this.requestUpdate()}scheduleUpdate(){let e=To(this._lang=this._resolveLang());return e?e.then(()=>(this._lang=this._resolveLang(),super.scheduleUpdate())):super.scheduleUpdate()}willUpdate(e){if(super.willUpdate(e),!this.hasUpdated||e.has(`providerConfig`)||Wc.some(t=>e.has(t)))try{this.client=Uc(this.config),this.configError=void 0}catch(e){this.client=void 0,this.configError=bc(e)}}requireClient(){if(this.client)return this.client;throw this.configError??new X(`auth`,`The element is not configured.`)}get language(){return this._lang??this._resolveLang()}_resolveLang(){return this.lang||Eo(this)||this.providerConfig?.lang||`en-GB`}get locale(){return/^cy\b/i.test(this.language)?`cy-GB`:`en-GB`}t(e,t){let n=this.constructor,r=this.language,i=wo(r);return ko(Oo(this.strings,r,e)??Do(n.translations,r)?.[e]??i?.[n.translationKey??`common`]?.[e]??i?.common?.[e]??n.translations[`en-GB`][e]??Kc[e],e,t)}emit(e,t){return this.dispatchEvent(new CustomEvent(e,{detail:t,bubbles:!0,composed:!0,cancelable:!0}))}async markReady(){this.#e||(this.#e=!0,await this.updateComplete,this.emit(`hero-ready`,{}))}renderError(e,t){return q`<div class="message error" role="alert" part="error">
      <p>${this.t(`error.${bc(e).code}`)}</p>
      ${t?q`<button type="button" class="button secondary" part="retry-button" @click=${t}>${this.t(`retry`)}</button>`:J}
    </div>`}renderErrorSummary(e,t=2,n){return e.length?q`<div id="error-summary" class="error-summary" part="error-summary" tabindex="-1" aria-labelledby="error-summary-title">
      <div role="alert">
        <div id="error-summary-title" class="error-summary-title" role="heading" aria-level=${t}>${this.t(`summary.title`)}</div>
        ${n?q`<p class="error-summary-description">${n}</p>`:J}
        <ul>
          ${e.map(e=>q`<li>
                <a
                  href="#${e.target}"
                  @click=${t=>{t.preventDefault(),this.focusOn(`#${CSS.escape(e.target)}`)}}
                  >${e.message}</a
                >
              </li>`)}
        </ul>
      </div>
    </div>`:J}announce(e){e===this.announcement?(this.announcement=``,this.updateComplete.then(()=>{this.announcement=e})):this.announcement=e}renderAnnouncer(){return q`<div class="visually-hidden" role="status" aria-live="polite" aria-atomic="true">${this.announcement}</div>`}async focusOn(e){await this.updateComplete;let t=this.renderRoot.querySelector(e);t?.focus(),t?.scrollIntoView?.({block:`nearest`})}reportError(e){if(yc(e))return;let t=bc(e);return this.emit(`hero-error`,t.toDetail()),t}};Z([Y({attribute:!1})],qc.prototype,`strings`,void 0),Z([cc()],qc.prototype,`client`,void 0),Z([cc()],qc.prototype,`configError`,void 0),Z([cc()],qc.prototype,`announcement`,void 0);var Jc=function(e,t,n,r){var i=arguments.length,a=i<3?t:r===null?r=Object.getOwnPropertyDescriptor(t,n):r,o;if(typeof Reflect==`object`&&typeof Reflect.decorate==`function`)a=Reflect.decorate(e,t,n,r);else for(var s=e.length-1;s>=0;s--)(o=e[s])&&(a=(i<3?o(a):i>3?o(t,n,a):o(t,n))||a);return i>3&&a&&Object.defineProperty(t,n,a),a},Yc=class extends Gc{static{this.styles=ns`:host{display:contents}:host([hidden]){display:none}






  `}willUpdate(e){super.willUpdate(e),(!this.hasUpdated||e.has(`providerConfig`)||Wc.some(t=>e.has(t)))&&(this.provided=this.config)}render(){return q`<slot></slot>`}};Jc([Jo({context:lc}),cc()],Yc.prototype,`provided`,void 0),customElements.get(`hero-provider`)||customElements.define(`hero-provider`,Yc);var Q={INITIAL:0,PENDING:1,COMPLETE:2,ERROR:3},Xc=Symbol(),Zc=class{get taskComplete(){return this.t||=this.i===1?new Promise(((e,t)=>{this.o=e,this.h=t})):this.i===3?Promise.reject(this.l):Promise.resolve(this.u),this.t}constructor(e,t,n){this.p=0,this.i=0,(this._=e).addController(this);let r=typeof t==`object`?t:{task:t,args:n};this.v=r.task,this.j=r.args,this.m=r.argsEqual??Qc,this.k=r.onComplete,this.A=r.onError,this.autoRun=r.autoRun??!0,`initialValue`in r&&(this.u=r.initialValue,this.i=2,this.O=this.T?.())}hostUpdate(){!0===this.autoRun&&this.S()}hostUpdated(){this.autoRun===`afterUpdate`&&this.S()}T(){if(this.j===void 0)return;let e=this.j();if(!Array.isArray(e))throw Error(`The args function must return an array`);return e}async S(){let e=this.T(),t=this.O;this.O=e,e===t||e===void 0||t!==void 0&&this.m(t,e)||await this.run(e)}async run(e){let t,n;e??=this.T(),this.O=e,this.i===1?this.q?.abort():(this.t=void 0,this.o=void 0,this.h=void 0),this.i=1,this.autoRun===`afterUpdate`?queueMicrotask((()=>this._.requestUpdate())):this._.requestUpdate();let r=++this.p;this.q=new AbortController;let i=!1;try{t=await this.v(e,{signal:this.q.signal})}catch(e){i=!0,n=e}if(this.p===r){if(t===Xc)this.i=0;else{if(!1===i){try{this.k?.(t)}catch{}this.i=2,this.o?.(t)}else{try{this.A?.(n)}catch{}this.i=3,this.h?.(n)}this.u=t,this.l=n}this._.requestUpdate()}}abort(e){this.i===1&&this.q?.abort(e)}get value(){return this.u}get error(){return this.l}get status(){return this.i}render(e){switch(this.i){case 0:return e.initial?.();case 1:return e.pending?.();case 2:return e.complete?.(this.value);case 3:return e.error?.(this.error);default:throw Error(`Unexpected status: `+this.i)}}},Qc=(e,t)=>e===t||e.length===t.length&&e.every(((e,n)=>!_s(e,t[n]))),$c=`Europe/London`,el=6e4,tl=60*el,nl,rl=new Map;function il(e){nl??=new Intl.DateTimeFormat(`en-GB`,{timeZone:$c,year:`numeric`,month:`numeric`,day:`numeric`,hour:`numeric`,minute:`numeric`,second:`numeric`,hourCycle:`h23`});let t={};for(let n of nl.formatToParts(new Date(e)))n.type!==`literal`&&(t[n.type]=Number(n.value));let n=Date.UTC(t.year??1970,(t.month??1)-1,t.day??1,(t.hour??0)%24,t.minute??0,t.second??0);return Math.round((n-Math.floor(e/1e3)*1e3)/el)}function al(e){let t=Math.floor(e/tl),n=rl.get(t);return n===void 0&&(n=il(t*tl),rl.size>5e4&&rl.clear(),rl.set(t,n)),n}function ol(e){return new Date(e+al(e)*el)}function sl(e){return ol(e).toISOString().slice(0,10)}function cl(e){return sl(e)}function ll(e){let t=ol(e);return t.getUTCHours()*60+t.getUTCMinutes()}function ul(e){return e.split(`-`).map(Number)}function dl(e,t){let[n,r,i]=ul(e);return new Date(Date.UTC(n,r-1,i+t)).toISOString().slice(0,10)}function fl(e,t){let[n,r,i]=ul(e),[a,o,s]=ul(t);return Math.round((Date.UTC(a,o-1,s)-Date.UTC(n,r-1,i))/(24*tl))}function pl(e){if(!/^\d{4}-\d{2}-\d{2}$/.test(e))return!1;let[t,n,r]=ul(e),i=new Date(Date.UTC(t,n-1,r));return i.getUTCFullYear()===t&&i.getUTCMonth()===n-1&&i.getUTCDate()===r}function ml(e,t){let[n,r,i]=ul(e),a=Date.UTC(n,r-1,i,0,t),o=a-al(a)*el;return o=a-al(o)*el,o}function hl(e){let t=ll(e);return t<720?`morning`:t<1020?`afternoon`:`evening`}function gl(e){let t=al(e);if(t>al(e+tl)&&ll(e)===ll(e+tl))return`BST`;if(t<al(e-tl)&&ll(e)===ll(e-tl))return`GMT`}var _l=new Map,vl=e=>/^en\b/i.test(e);function yl(e,t=`en-GB`){let n={timeZone:$c,hour:`numeric`,minute:`2-digit`,hourCycle:vl(t)?`h12`:`h23`},r;vl(t)?(_l.has(t)||_l.set(t,new Intl.DateTimeFormat(t,n)),r=_l.get(t).formatToParts(new Date(e)).map(e=>e.type===`dayPeriod`?e.value.replace(/\./g,``).toLowerCase():e.value).join(``).replace(/\s+(?=[ap]m$)/,``)):r=yo(new Date(e),t,n);let i=gl(e);return i?`${r} (${i})`:r}function bl(e,t){return{day:$(sl(e),t,`long`,!0),time:yl(e,t)}}function $(e,t=`en-GB`,n=`long`,r=!1){let[i,a,o]=ul(e),s=n===`long`?{timeZone:`UTC`,weekday:`long`,day:`numeric`,month:`long`}:{timeZone:`UTC`,weekday:`short`,day:`numeric`,month:`short`};return r&&(s.year=`numeric`),yo(new Date(Date.UTC(i,a-1,o,12)),t,s).replace(/,/g,``)}var xl=[`address_line_1`,`address_line_2`,`address_line_3`,`town`,`county`,`postcode`,`country`,`email`,`emails`,`mobile`,`notes`];function Sl(e){let t={...e,identifiers:[...e.identifiers??[]]};if(t.restricted)for(let e of xl)delete t[e];return t}function Cl(e){return[e.title,e.first_name,e.last_name].filter(Boolean).join(` `)}function wl(e){return e.restricted?``:[e.address_line_1,e.town,e.postcode].filter(Boolean).join(`, `)}var Tl=new WeakMap;function El(e,t){let n=Tl.get(e);return n||(n=Promise.all([e.listAll(`/v1/appointment_types`),e.listAll(`/v1/locations`),e.listAll(`/v1/practitioners`)]).then(([e,t,n])=>({types:e.data,locations:t.data,practitioners:n.data,typeById:new Map(e.data.map(e=>[e.id,e])),locationById:new Map(t.data.map(e=>[e.id,e])),practitionerById:new Map(n.data.map(e=>[e.id,e]))})),Tl.set(e,n),n.catch(()=>{Tl.get(e)===n&&Tl.delete(e)})),jc(n,t)}var Dl=[`morning`,`afternoon`,`evening`];function Ol(e,t,n){let r=e.map(e=>{let t=Date.parse(e.start_time);return{slot:e,startMs:t,day:sl(t),period:hl(t)}});r.sort((e,t)=>e.startMs-t.startMs||e.slot.id.localeCompare(t.slot.id));let i=new Map;for(let e of r){let t=i.get(e.day);t||i.set(e.day,t=[]),t.push(e)}return{start:t,end:n,slots:r,byDay:i}}function kl(e,t,n){return{start_date:t,end_date:n,appointment_type_id:e.appointmentTypeId,...e.locationId?{location_id:e.locationId}:{},...e.practitionerId?{practitioner_id:e.practitionerId}:{}}}async function Al(e,t,n,r){let i=await e.get(`/v1/slots`,{query:{...kl(t,n,dl(n,55)),page_index:0,page_size:100},signal:r}),a;for(let e of i.data){let t=Date.parse(e.start_time);(a===void 0||t<a)&&(a=t)}return a===void 0?void 0:sl(a)}var jl=ns`:host{display:block;box-sizing:border-box;color:var(--hero-color-text,#212b32);font-family:var(--hero-font-family,system-ui,-apple-system,'Segoe UI',Roboto,Arial,sans-serif);font-size:var(--hero-font-size-m,1rem);line-height:var(--hero-line-height,1.5)}:host([hidden]){display:none}*,*::before,*::after{box-sizing:inherit}:focus-visible{outline:var(--hero-focus-ring-width,3px) solid var(--hero-focus-ring-color,#ffb81c);outline-offset:var(--hero-focus-ring-offset,2px)}.visually-hidden{position:absolute !important;width:1px !important;height:1px !important;margin:-1px !important;padding:0 !important;overflow:hidden !important;clip:rect(0 0 0 0) !important;white-space:nowrap !important;border:0 !important}.button{display:inline-flex;align-items:center;justify-content:center;gap:var(--hero-space-s,0.5rem);min-height:var(--hero-target-size,2.75rem);min-width:var(--hero-target-size,2.75rem);padding:var(--hero-space-s,0.5rem) var(--hero-space-m,1rem);border:var(--hero-border-width,1px) solid transparent;border-radius:var(--hero-radius-m,0.5rem);background:var(--hero-color-primary,#005eb8);--_fg:var(--hero-color-on-primary,#ffffff);color:var(--_fg);font:inherit;font-weight:var(--hero-font-weight-bold,600);cursor:pointer;transition:background-color var(--hero-transition-fast,120ms ease-out)}.button:hover{background:var(--hero-color-primary-hover,#004c93)}.button:active{background:var(--hero-color-primary-active,#003d78)}.button[aria-disabled='true'],.button:disabled{opacity:0.6;cursor:not-allowed}.button.secondary{background:var(--hero-color-surface,#ffffff);--_fg:var(--hero-color-primary,#005eb8);border-color:currentColor}.button.secondary:hover{background:var(--hero-color-surface-raised,#f0f4f5)}a,.link,.back{--_fg:var(--hero-color-primary,#005eb8);color:var(--_fg)}.button:focus-visible,a:focus-visible,.link:focus-visible,.back:focus-visible{background-image:linear-gradient(var(--hero-focus-background,transparent),var(--hero-focus-background,transparent));color:var(--hero-focus-text-color,var(--_fg));box-shadow:var(--hero-focus-shadow,none)}p,dl,dd,fieldset{margin:0}fieldset{padding:0;border:0;min-width:0}legend:not(.label){padding:0;margin-block-end:var(--hero-space-s,0.5rem);font-size:var(--hero-font-size-l,1.1875rem);font-weight:var(--hero-font-weight-bold,600)}.loading,.field.loading{display:flex;align-items:center;gap:var(--hero-space-s,0.5rem)}.button.small{padding-block:var(--hero-space-xs,0.25rem);font-size:var(--hero-font-size-s,0.875rem)}.link,.back{min-height:var(--hero-target-size,2.75rem);padding:0 var(--hero-space-xs,0.25rem);border:0;background:none;font:inherit;text-decoration:underline;cursor:pointer}.message{padding:var(--hero-space-m,1rem);border-inline-start:4px solid var(--hero-color-border-strong,#4c6272);border-radius:var(--hero-radius-s,0.25rem);background:var(--hero-color-surface-raised,#f0f4f5)}.message.error{border-color:var(--hero-color-danger,#d5281b);background:var(--hero-color-danger-surface,#fbe9e7)}.spinner{display:inline-block;flex:none;width:1.25em;height:1.25em;border:3px solid var(--hero-color-border,#828e96);border-block-start-color:var(--hero-color-primary,#005eb8);border-radius:50%;vertical-align:-0.25em;animation:hero-spin 0.8s linear infinite}@keyframes hero-spin{to{transform:rotate(1turn)}}@media (prefers-reduced-motion:reduce){.spinner{animation:none}}.error-summary{margin-block-end:var(--hero-space-l,1.5rem);padding:var(--hero-space-m,1rem);border:4px solid var(--hero-color-danger,#d5281b);border-radius:var(--hero-radius-s,0.25rem)}.error-summary-title{margin-block-end:var(--hero-space-s,0.5rem);font-size:var(--hero-font-size-l,1.1875rem);font-weight:var(--hero-font-weight-bold,600)}.error-summary ul{margin:0;padding-inline-start:var(--hero-space-l,1.5rem)}.error-summary a{--_fg:var(--_error,var(--hero-color-danger,#d5281b));font-weight:var(--hero-font-weight-bold,600)}@media (forced-colors:active){.spinner{border-color:CanvasText;border-block-start-color:Highlight}.error-summary{border-color:CanvasText}a,.link,.back{--_fg:LinkText}.button{--_fg:ButtonText;border-color:ButtonText}.button[aria-disabled='true'],.button:disabled{--_fg:GrayText;border-color:GrayText;opacity:1}:focus-visible{outline-color:Highlight;outline-style:solid;outline-width:max(3px,var(--hero-focus-ring-width,3px))}.button:focus-visible,a:focus-visible,.link:focus-visible,.back:focus-visible{background-image:none;color:var(--_fg)}.message{border:1px solid CanvasText}}



































































































































































































































`,Ml=ns`.field{display:grid;gap:var(--hero-space-xs,0.25rem)}.field>*{max-width:100%}.field.invalid{padding-inline-start:var(--hero-space-m,1rem);border-inline-start:4px solid var(--_error,var(--hero-color-danger,#d5281b))}.label{padding:0;font-weight:var(--hero-font-weight-bold,600)}.hint{color:var(--hero-color-text-muted,#4c6272)}.error-message{color:var(--_error,var(--hero-color-danger,#d5281b));font-weight:var(--hero-font-weight-bold,600)}.input{width:100%;min-height:var(--hero-target-size,2.75rem);padding:var(--hero-space-xs,0.25rem) var(--hero-space-s,0.5rem);border:2px solid var(--_input-border,var(--hero-color-border-strong,#4c6272));border-radius:var(--hero-radius-s,0.25rem);background:var(--hero-color-surface,#ffffff);color:inherit;font:inherit}.field.invalid>.input,.input[aria-invalid='true']{border-color:var(--_error,var(--hero-color-danger,#d5281b))}.choice{display:flex;align-items:flex-start;gap:var(--hero-space-s,0.5rem);min-height:var(--hero-target-size,2.75rem)}.choice input{flex:none;width:1.5rem;height:1.5rem;margin:0.625rem 0 0;accent-color:var(--_accent,var(--hero-color-primary,#005eb8));cursor:pointer}.choice label{padding-block:0.625rem;cursor:pointer}.choice input:disabled,.choice input:disabled + label{cursor:not-allowed;opacity:0.6}@media (forced-colors:active){.input{border-color:FieldText}.field.invalid{border-color:CanvasText}.field.invalid>.input,.input[aria-invalid='true']{border-width:4px;border-color:CanvasText}:host .input:disabled,:host .choice input:disabled + label{color:GrayText;border-color:GrayText;opacity:1}.choice input{accent-color:auto}}



















































































`,Nl=[jl,Ml,ns`:host{--_accent:var(--hero-slot-picker-accent,var(--hero-color-primary,#005eb8));--_on-accent:var(--hero-slot-picker-on-accent,var(--hero-color-on-primary,#ffffff));--_slot-bg:var(--hero-slot-picker-slot-background,var(--hero-color-surface,#ffffff));--_slot-border:var(--hero-slot-picker-slot-border,var(--hero-color-border,#828e96));--_slot-min:var(--hero-slot-picker-slot-min-width,9.5rem);--_gap:var(--hero-slot-picker-gap,var(--hero-space-s,0.5rem));--_radius:var(--hero-slot-picker-radius,var(--hero-radius-m,0.5rem));--_panel-bg:var(--hero-slot-picker-panel-background,var(--hero-color-surface-raised,#f0f4f5));--_muted:var(--hero-color-text-muted,#4c6272);--_target:var(--hero-target-size,2.75rem)}.base{display:flex;flex-direction:column;gap:var(--hero-space-m,1rem);min-width:0}.heading{margin:0;font-size:var(--hero-font-size-xl,1.5rem);line-height:1.25;display:flex;align-items:center;gap:var(--hero-space-s,0.5rem)}.heading:focus,.message:focus{outline:none}.loading{min-height:var(--_target);color:var(--_muted)}.message.warning{border-color:var(--hero-color-warning,#8a4b00);background:var(--hero-color-warning-surface,#fff4e0)}.message{display:flex;flex-direction:column;align-items:flex-start;gap:var(--hero-space-s,0.5rem)}.choose{display:flex;flex-direction:column;align-items:flex-start;gap:var(--hero-space-l,1.5rem)}fieldset{inline-size:100%}fieldset[aria-invalid='true']{border-inline-start:4px solid var(--hero-color-danger,#d5281b);padding-inline-start:var(--hero-space-m,1rem)}.options{display:grid;gap:var(--_gap)}.option,.day,.slot{min-height:var(--_target);border:var(--hero-border-width,1px) solid var(--_slot-border);border-radius:var(--_radius);background:var(--_slot-bg);cursor:pointer}.option{display:flex;align-items:flex-start;gap:var(--hero-space-s,0.5rem);padding:var(--hero-space-s,0.5rem) var(--hero-space-m,1rem)}.option:has(input:checked){border-color:var(--_accent);box-shadow:inset 0 0 0 1px var(--_accent)}.option input{inline-size:1.5rem;block-size:1.5rem;margin:0.125rem 0 0;flex:none;accent-color:var(--_accent)}.option-text{display:flex;flex-direction:column;min-width:0}.option-name{font-weight:var(--hero-font-weight-bold,600)}.option-facts,.option-next,.type-line,.slot-detail{color:var(--_muted);font-size:var(--hero-font-size-s,0.875rem)}.slots-header{display:flex;flex-wrap:wrap;align-items:center;gap:var(--hero-space-xs,0.25rem) var(--hero-space-m,1rem)}.slots-header .heading{flex:1 1 auto}.slots-header .type-line{flex-basis:100%;order:3}.button.small{min-height:max(24px,calc(var(--_target) * 0.8))}.filters{display:flex;flex-wrap:wrap;gap:var(--hero-space-m,1rem)}.filter{display:flex;flex-direction:column;gap:var(--hero-space-xs,0.25rem);flex:1 1 14rem;min-width:0;font-weight:var(--hero-font-weight-bold,600)}select{min-height:var(--_target);max-inline-size:100%;padding:var(--hero-space-xs,0.25rem) var(--hero-space-s,0.5rem);border:var(--hero-border-width,1px) solid var(--hero-color-border-strong,#4c6272);border-radius:var(--hero-radius-s,0.25rem);background:var(--hero-color-surface,#ffffff);color:inherit;font:inherit;font-weight:var(--hero-font-weight-normal,400)}.day-nav{display:flex;flex-direction:column;gap:var(--_gap)}.week{display:flex;align-items:center;justify-content:space-between;gap:var(--_gap)}.range{flex:1 1 auto;text-align:center;font-weight:var(--hero-font-weight-bold,600)}.nav-button{padding-inline:var(--hero-space-s,0.5rem)}.next-available{align-self:flex-start}.days{display:grid;grid-auto-flow:column;grid-auto-columns:minmax(4.5rem,1fr);gap:var(--hero-space-xs,0.25rem);overflow-x:auto;padding:calc(var(--hero-focus-ring-width,3px) + var(--hero-focus-ring-offset,2px));margin-block:calc(-1 * (var(--hero-focus-ring-width,3px) + var(--hero-focus-ring-offset,2px)));scrollbar-width:thin}.day{display:flex;flex-direction:column;align-items:center;justify-content:center;min-width:24px;padding:var(--hero-space-xs,0.25rem) 0;color:inherit;font:inherit;font-size:var(--hero-font-size-s,0.875rem);line-height:1.25;text-align:center}.day.no-slots{color:var(--_muted)}.day-name{font-weight:var(--hero-font-weight-bold,600)}.day-panel{min-height:4rem}.slots{display:flex;flex-direction:column;gap:var(--hero-space-m,1rem)}.period-heading{margin-block-end:var(--hero-space-xs,0.25rem);font-weight:var(--hero-font-weight-bold,600)}.period-slots{display:grid;grid-template-columns:repeat(auto-fill,minmax(min(100%,var(--_slot-min)),1fr));gap:var(--_gap)}.slot{display:flex;flex-direction:column;padding:var(--hero-space-xs,0.25rem) var(--hero-space-s,0.5rem);line-height:1.3;overflow-wrap:anywhere;transition:background-color var(--hero-transition-fast,120ms ease-out)}.slot:hover{border-color:var(--_accent)}.slot-time{font-weight:var(--hero-font-weight-bold,600)}.slot[aria-selected='true'],.day[aria-selected='true']{border-color:var(--_accent);background:var(--_accent);color:var(--_on-accent)}.slot[aria-selected='true'] .slot-detail{color:inherit}.selection{position:sticky;bottom:0;display:flex;flex-wrap:wrap;align-items:center;justify-content:space-between;gap:var(--_gap) var(--hero-space-m,1rem);padding:var(--hero-space-m,1rem);border:var(--hero-border-width,1px) solid var(--_accent);border-radius:var(--_radius);background:var(--hero-color-info-surface,#e8f1fa)}.selection p{flex:1 1 16rem}.panel{display:flex;flex-direction:column;gap:var(--hero-space-m,1rem);padding:var(--hero-space-m,1rem);border-radius:var(--_radius);background:var(--_panel-bg)}.confirmation{border-inline-start:4px solid var(--hero-color-success,#007f3b)}.confirmation .heading svg{color:var(--hero-color-success,#007f3b);flex:none}.hold{display:flex;flex-wrap:wrap;align-items:baseline;gap:var(--hero-space-s,0.5rem)}.countdown{font-size:var(--hero-font-size-xl,1.5rem);font-weight:var(--hero-font-weight-bold,600);font-variant-numeric:tabular-nums}.details{display:grid;gap:var(--hero-space-s,0.5rem)}.details div{display:grid;grid-template-columns:minmax(6rem,10rem) 1fr;gap:var(--hero-space-s,0.5rem)}.details dt{font-weight:var(--hero-font-weight-bold,600)}.details dd{min-width:0;overflow-wrap:anywhere}.actions{display:flex;flex-wrap:wrap;gap:var(--_gap)}@media (max-width:30rem){.details div{grid-template-columns:1fr;gap:0}.nav-button span{font-size:var(--hero-font-size-s,0.875rem)}}@media (forced-colors:active){.slot,.day,.option{border-color:ButtonText}.slot[aria-selected='true'],.day[aria-selected='true']{forced-color-adjust:none;background:Highlight;color:HighlightText;border-color:Highlight}.slot[aria-selected='true'] .slot-detail{color:HighlightText}.option:has(input:checked){border-color:Highlight;outline:2px solid Highlight}.selection,.panel{border:1px solid CanvasText}}





























































































































































































































































































































































  `],Pl={"choose.heading":`Book an appointment`,"choose.typeLegend":`What type of appointment do you need?`,"choose.locationLegend":`Where would you like to be seen?`,"choose.anyLocation":`Any location`,"choose.continue":`Show available times`,"choose.typeRequired":`Choose the type of appointment you need`,"choose.noTypes":`This practice has no appointments that can be booked online. Contact the practice to make an appointment.`,"type.duration":Ao(`{count} minute`,`{count} minutes`),"type.inPerson":`In person`,"type.telephone":`Telephone`,"type.video":`Video`,"type.nhs":`NHS`,"type.paid":`Private, {price}`,"type.next":`Next available: {when}`,"type.noneSoon":`No appointments available at the moment`,"slots.heading":`Choose a time`,"slots.changeType":`Change appointment type`,"filter.location":`Location`,"filter.anyLocation":`Any location`,"filter.practitioner":`Practitioner`,"filter.anyPractitioner":`Any practitioner`,"nav.label":`Days`,"nav.range":`{from} to {to}`,"nav.previous":`Previous week`,"nav.next":`Next week`,"nav.nextAvailable":`Next day with appointments`,"nav.noneAfter":`There are no appointments in the {weeks} weeks after {day}.`,"day.count":Ao(`{count} time`,`{count} times`),"day.none":`No times`,"day.empty":`There are no appointments on {day}.`,"slots.listLabel":`Available times on {day}`,"period.morning":`Morning`,"period.afternoon":`Afternoon`,"period.evening":`Evening`,"slot.unknownPractitioner":`a clinician`,"slot.unknownLocation":`the practice`,"loading.reference":`Loading appointment types…`,"loading.slots":`Finding available times…`,"loading.nextAvailable":`Looking for the next day with appointments…`,"empty.window":`There are no appointments from {from} to {to}.`,"empty.goTo":`Show {day}, the next day with appointments`,"empty.noneSoon":`There are no appointments in the {weeks} weeks after that either. Try another practitioner, location or type of appointment, or contact the practice.`,"selection.text":`You have chosen {when} with {practitioner} at {location}.`,"selection.reserve":`Reserve this time`,"selection.reserving":`Reserving…`,"summary.heading":`Check and confirm your appointment`,"summary.holding":`We are holding this time for you for`,"summary.holdingAria":Ao(`{count} minute left to confirm`,`{count} minutes left to confirm`),"summary.when":`Date and time`,"summary.type":`Appointment`,"summary.with":`With`,"summary.where":`Where`,"summary.length":`Length`,"summary.cost":`Cost`,"summary.free":`Free (NHS)`,"summary.confirm":`Confirm appointment`,"summary.confirming":`Confirming…`,"summary.back":`Back to times`,"summary.cancelling":`Releasing this time…`,"booked.heading":`Appointment booked`,"booked.text":`Your appointment is confirmed.`,"booked.another":`Book another appointment`,"notice.taken":`Sorry, someone else has just booked that time. Choose another time.`,"notice.lapsed":`We could not hold that time any longer, so it has been released. Choose a time again.`,"announce.slots":Ao(`{count} appointment available from {from} to {to}.`,`{count} appointments available from {from} to {to}.`),"announce.reserved":`Time reserved. Check the details and confirm the appointment.`,"announce.minutes":Ao(`{count} minute left to confirm your appointment.`,`{count} minutes left to confirm your appointment.`),"announce.seconds":`{count} seconds left to confirm your appointment.`,"announce.booked":`Appointment booked.`,"announce.released":`The time has been released.`,when:`{day} at {time}`},Fl=[6e5,3e5,12e4,6e4,3e4],Il=7,Ll=90,Rl=class extends qc{static{this.styles=Nl}static{this.translations={"en-GB":Pl}}static{this.translationKey=`slotPicker`}static{this.properties={appointmentTypeId:{attribute:`appointment-type-id`},locationId:{attribute:`location-id`},practitionerId:{attribute:`practitioner-id`},patientId:{attribute:`patient-id`},startDate:{attribute:`start-date`},days:{type:Number},step:{state:!0},chosenTypeId:{state:!0},draftTypeId:{state:!0},draftLocationId:{state:!0},chooseErrors:{state:!0},locationFilter:{state:!0},practitionerFilter:{state:!0},windowStart:{state:!0},weekStart:{state:!0},chosenDay:{state:!0},selectedSlotId:{state:!0},activeSlotId:{state:!0},reservation:{state:!0},booked:{state:!0},notice:{state:!0},actionError:{state:!0},busy:{state:!0},navMessage:{state:!0},remainingMs:{state:!0},refreshes:{state:!0}}}#e=new Zc(this,{task:async([e],{signal:t})=>El(e??this.requireClient(),t),args:()=>[this.client],onError:e=>void this.reportError(e)});#t=new Zc(this,{task:async([e,t,n,r,i,a],{signal:o})=>{if(!t)return;e??=this.requireClient();let s=dl(i,a-1),c={appointmentTypeId:t,locationId:n,practitionerId:r},{data:l}=await e.listAll(`/v1/slots`,{query:kl(c,i,s),signal:o}),u=Ol(l,i,s);return u.slots.length===0&&(u.nextAvailable=await Al(e,c,dl(s,1),o)),u},args:()=>[this.client,this.typeId,this.locationFilter,this.practitionerFilter,this.windowStart,this.windowDays,this.refreshes],onComplete:e=>{if(!e)return;let t=this.t(`announce.slots`,{count:e.slots.length,from:$(e.start,this.locale),to:$(e.end,this.locale)});this.announce(this.notice?`${this.notice} ${t}`:t)},onError:e=>void this.reportError(e)});#n;#r=new Set;constructor(){super(),this.step=`choose`,this.draftLocationId=``,this.chooseErrors=[],this.locationFilter=``,this.practitionerFilter=``,this.windowStart=``,this.weekStart=``,this.remainingMs=0,this.refreshes=0,this.days=7}disconnectedCallback(){super.disconnectedCallback(),this.#j()}connectedCallback(){super.connectedCallback(),this.step===`summary`&&this.reservation&&this.#A()}willUpdate(e){e.has(`appointmentTypeId`)&&(this.#k(),this.chosenTypeId=void 0,this.selectedSlotId=void 0,this.step=this.appointmentTypeId?`slots`:`choose`),e.has(`locationId`)&&(this.locationFilter=this.locationId??``),e.has(`practitionerId`)&&(this.practitionerFilter=this.practitionerId??``),(e.has(`startDate`)||!this.windowStart)&&(this.windowStart=this.startDate&&pl(this.startDate)?this.startDate:this.#a(),this.weekStart=this.windowStart,this.chosenDay=void 0),super.willUpdate(e)}updated(e){super.updated(e),this.#i()}#i(){this.#e.status===2&&(this.step===`choose`||this.#t.status===2&&this.#t.value)&&this.markReady()}get typeId(){return this.appointmentTypeId||this.chosenTypeId||void 0}get windowDays(){let e=Math.floor(Number(this.days));return Number.isFinite(e)?Math.min(Ll,Math.max(1,e)):7}get windowEnd(){return dl(this.windowStart,this.windowDays-1)}#a(){return cl(Date.now())}get visibleDays(){let e=[];for(let t=0;t<Il;t++){let n=dl(this.weekStart,t);if(n>this.windowEnd)break;e.push(n)}return e}dayOnScreen(e){let t=this.visibleDays;return this.chosenDay&&t.includes(this.chosenDay)?this.chosenDay:t.find(t=>e?.byDay.get(t)?.length)??t[0]??this.weekStart}#o(e){if(e)return this.#t.value?.slots.find(t=>t.slot.id===e)}#s(e){this.draftTypeId=e.target.value,this.chooseErrors=[]}#c(e){this.draftLocationId=e.target.value}#l(e){e.preventDefault(),this.draftTypeId?(this.chosenTypeId=this.draftTypeId,this.locationId||(this.locationFilter=this.draftLocationId),this.selectedSlotId=void 0,this.notice=void 0,this.step=`slots`,this.focusOn(`#slots-heading`)):(this.chooseErrors=[this.t(`choose.typeRequired`)],this.focusOn(`#error-summary`))}#u(){this.draftTypeId=this.chosenTypeId,this.draftLocationId=this.locationFilter,this.selectedSlotId=void 0,this.notice=void 0,this.actionError=void 0,this.step=`choose`,this.focusOn(`#choose-heading`)}#d(e){this.locationFilter=e.target.value,this.#p()}#f(e){this.practitionerFilter=e.target.value,this.#p()}#p(){this.chosenDay=void 0,this.notice=void 0,this.navMessage=void 0,this.actionError=void 0}#m(e){if(this.navMessage=void 0,this.notice=void 0,this.chosenDay=void 0,e===1){let e=dl(this.weekStart,Il);e<=this.windowEnd?this.weekStart=e:this.#h(e);return}let t=this.#a();if(this.weekStart<=t)return;let n=dl(this.weekStart,-7);n>=this.windowStart?this.weekStart=n:this.#h(n<t?t:n)}#h(e,t){this.windowStart=e,this.weekStart=e,this.chosenDay=t}#g(e){this.navMessage=void 0,e>=this.windowStart&&e<=this.windowEnd?(this.weekStart=dl(this.windowStart,Math.floor(fl(this.windowStart,e)/Il)*Il),this.chosenDay=e):this.#h(e,e)}#_(e){let t=e.target.closest(`[data-day]`)?.dataset.day;t&&(this.chosenDay=t)}#v(e){let t=this.visibleDays,n=t.indexOf(this.dayOnScreen(this.#t.value)),r;if(e.key===`ArrowRight`?r=Math.min(t.length-1,n+1):e.key===`ArrowLeft`?r=Math.max(0,n-1):e.key===`Home`?r=0:e.key===`End`&&(r=t.length-1),r===void 0)return;e.preventDefault();let i=t[r];i&&(this.chosenDay=i,this.focusOn(`#day-${i}`))}async#y(){let e=this.#t.value,t=this.dayOnScreen(e),n=e?[...e.byDay.keys()].find(e=>e>t):void 0;if(n){this.#g(n),this.focusOn(`#day-${n}`);return}let r=this.typeId;if(!this.busy&&r){this.busy=`next`,this.navMessage=void 0,this.actionError=void 0;try{let e=this.requireClient(),t=dl(this.windowEnd,1),n=await Al(e,{appointmentTypeId:r,locationId:this.locationFilter,practitionerId:this.practitionerFilter},t);n?(this.#g(n),this.focusOn(`#slots-heading`)):(this.navMessage=this.t(`nav.noneAfter`,{weeks:56/Il,day:$(this.windowEnd,this.locale)}),this.announce(this.navMessage))}catch(e){let t=this.reportError(e);t&&(this.actionError={error:t,retry:()=>void this.#y()})}finally{this.busy=void 0}}}#b(e){let t=e.target.closest(`[role="option"]`)?.dataset.id;t&&this.#S(t)}#x(e,t){let n=t.map(e=>e.slot.id),r=Math.max(0,n.indexOf(this.activeSlotId??this.selectedSlotId??``)),i;switch(e.key){case`ArrowDown`:case`ArrowRight`:i=Math.min(n.length-1,r+1);break;case`ArrowUp`:case`ArrowLeft`:i=Math.max(0,r-1);break;case`Home`:i=0;break;case`End`:i=n.length-1;break;case`Enter`:case` `:{e.preventDefault();let t=n[r];t&&this.#S(t);return}default:return}e.preventDefault();let a=n[i];a&&(this.activeSlotId=a,this.focusOn(`#slot-${a}`))}#S(e){let t=this.#o(e);t&&(this.activeSlotId=e,this.actionError=void 0,this.selectedSlotId!==e&&(this.selectedSlotId=e,this.emit(`hero-slot-select`,{slot:t.slot})))}async#C(){let e=this.#o(this.selectedSlotId);if(this.busy||!e||this.step!==`slots`)return;this.busy=`reserve`,this.actionError=void 0,this.notice=void 0;let{slot:t}=e;try{let e=this.requireClient(),n=this.#e.value?.typeById.get(t.appointment_type_id),r={appointment_type_id:t.appointment_type_id,location_id:t.location_id,practitioner_id:t.practitioner_id,start_time:t.start_time,duration:n?.duration??Math.round((Date.parse(t.finish_time)-Date.parse(t.start_time))/6e4)};this.patientId&&(r.patient_id=this.patientId);let i=await e.post(`/v1/appointments`,{body:r});this.reservation={appointmentId:i.id,reservedUntil:i.reserved_until??null,slot:t},this.step=`summary`,this.#A(),this.focusOn(`#summary-heading`),this.announce(this.t(`announce.reserved`)),this.emit(`hero-appointment-reserve`,{appointment_id:i.id,reserved_until:i.reserved_until??null,slot:t})}catch(e){this.#D(e,()=>void this.#C())}finally{this.busy=void 0}}async#w(){let e=this.reservation;if(!this.busy&&e&&this.step===`summary`){this.busy=`book`,this.actionError=void 0;try{let t=await this.requireClient().patch(`/v1/appointments/{id}/book`,{path:{id:e.appointmentId},body:this.patientId?{patient_id:this.patientId}:{}});this.#j(),this.booked=t,this.reservation=void 0,this.step=`booked`,this.focusOn(`#booked-heading`),this.announce(this.t(`announce.booked`)),this.emit(`hero-appointment-book`,{appointment:t})}catch(e){this.#D(e,()=>void this.#w())}finally{this.busy=void 0}}}async#T(){let e=this.reservation;if(!this.busy&&e){this.busy=`cancel`;try{await this.requireClient().patch(`/v1/appointments/{id}/cancel`,{path:{id:e.appointmentId},body:{}})}catch{}finally{this.busy=void 0}this.#O(void 0),this.announce(this.t(`announce.released`))}}#E(){this.booked=void 0,this.selectedSlotId=void 0,this.notice=void 0,this.refreshes++,this.step=this.appointmentTypeId?`slots`:`choose`,this.focusOn(this.step===`choose`?`#choose-heading`:`#slots-heading`)}#D(e,t){if(yc(e))return;let n=bc(e);n.status===409||n.status===410?(this.#j(),this.#O(this.t(n.status===409?`notice.taken`:`notice.lapsed`),!0)):(this.reportError(n),this.actionError={error:n,retry:t})}#O(e,t=!1){this.#j(),this.reservation=void 0,this.actionError=void 0,t&&(this.selectedSlotId=void 0),this.notice=e,this.step=`slots`,this.refreshes++,this.focusOn(e?`#notice`:`#slots-heading`),e&&this.announce(e)}#k(){let e=this.reservation;e&&(this.#j(),this.reservation=void 0,this.client?.patch(`/v1/appointments/{id}/cancel`,{path:{id:e.appointmentId},body:{}}).catch(()=>void 0))}#A(){this.#j(),this.#r.clear();let e=this.reservation?.reservedUntil;if(!e)return;let t=Date.parse(e);for(let e of Fl)t-Date.now()<=e&&this.#r.add(e);let n=()=>{let e=Math.max(0,t-Date.now());if(this.remainingMs=e,e===0)this.#O(this.t(`notice.lapsed`),!0);else for(let t of Fl)if(e<=t&&!this.#r.has(t)){for(let e of Fl)e>=t&&this.#r.add(e);this.announce(t>=6e4?this.t(`announce.minutes`,{count:Math.round(t/6e4)}):this.t(`announce.seconds`,{count:Math.round(t/1e3)}));break}};n(),this.#n=setInterval(n,1e3)}#j(){this.#n!==void 0&&clearInterval(this.#n),this.#n=void 0}refresh(){this.#e.status===3&&this.#e.run(),this.refreshes++}#M(e,t){let n=e.practitionerById.get(t);return n?Cl(n):this.t(`slot.unknownPractitioner`)}#N(e,t){return e.locationById.get(t)?.name??this.t(`slot.unknownLocation`)}#P(e){return new Intl.NumberFormat(this.locale,{style:`currency`,currency:`GBP`}).format(e.price)}#F(e){let t=[this.t(`type.duration`,{count:e.duration})];return e.in_person&&t.push(this.t(`type.inPerson`)),e.telephone&&t.push(this.t(`type.telephone`)),e.video&&t.push(this.t(`type.video`)),t.push(e.sector===`paid`||e.price>0?this.t(`type.paid`,{price:this.#P(e)}):this.t(`type.nhs`)),t}#I(e){return this.t(`when`,bl(e,this.locale))}#L(e){return q`<div class="loading" part="loading" role="status" aria-busy="true">
      <span class="spinner" aria-hidden="true"></span><span>${this.t(e)}</span>
    </div>`}#R(e){let t=e.types,n=!this.locationId&&e.locations.length>1,r=this.chooseErrors.length?`type-error`:void 0;return q`
      <h2 id="choose-heading" class="heading" part="heading" tabindex="-1">${this.t(`choose.heading`)}</h2>
      ${this.renderErrorSummary(this.chooseErrors.map(e=>({target:`first-type`,message:e})),3)}
      ${t.length===0?q`<p class="message" part="empty">${this.t(`choose.noTypes`)}</p>`:q`<form class="choose" novalidate @submit=${this.#l}>
            <fieldset id="type-fieldset" aria-describedby=${r??J} aria-invalid=${r?`true`:J}>
              <legend>${this.t(`choose.typeLegend`)}</legend>
              ${r?q`<p id="type-error" class="error-message">${this.chooseErrors[0]}</p>`:J}
              <div class="options">
                ${t.map((e,t)=>{let n=e.next_available_at?Date.parse(e.next_available_at):void 0;return q`<label class="option" part="type-option">
                    <input
                      type="radio"
                      id=${t?J:`first-type`}
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
            ${n?q`<fieldset>
                  <legend>${this.t(`choose.locationLegend`)}</legend>
                  <div class="options">
                    ${[{id:``,name:this.t(`choose.anyLocation`),address:``},...e.locations.map(e=>({id:e.id,name:e.name,address:[e.address_line_1,e.address_line_2,e.town,e.postcode].filter(Boolean).join(`, `)}))].map(e=>q`<label class="option" part="location-option">
                        <input type="radio" name="location" .value=${e.id} .checked=${this.draftLocationId===e.id} @change=${this.#c} />
                        <span class="option-text">
                          <span class="option-name">${e.name}</span>
                          ${e.address?q`<span class="option-facts">${e.address}</span>`:J}
                        </span>
                      </label>`)}
                  </div>
                </fieldset>`:J}
            <button type="submit" class="button" part="continue-button">${this.t(`choose.continue`)}</button>
          </form>`}
    `}#z(e){let t=this.typeId?e.typeById.get(this.typeId):void 0,n=e.practitioners.filter(e=>!t||e.practitioner_type===t.practitioner_type),r=(n.length?n:e.practitioners).slice().sort((e,t)=>e.last_name.localeCompare(t.last_name)||e.first_name.localeCompare(t.first_name));return q`<div class="filters" part="filters">
      ${!this.locationId&&e.locations.length>1?q`<label class="filter">
            <span>${this.t(`filter.location`)}</span>
            <select part="location-filter" @change=${this.#d}>
              <option value="" ?selected=${!this.locationFilter}>${this.t(`filter.anyLocation`)}</option>
              ${e.locations.map(e=>q`<option value=${e.id} ?selected=${this.locationFilter===e.id}>${e.name}</option>`)}
            </select>
          </label>`:J}
      <label class="filter">
        <span>${this.t(`filter.practitioner`)}</span>
        <select part="practitioner-filter" @change=${this.#f}>
          <option value="" ?selected=${!this.practitionerFilter}>${this.t(`filter.anyPractitioner`)}</option>
          ${r.map(t=>q`<option value=${t.id} ?selected=${this.practitionerFilter===t.id}>${this.#M(e,t.id)}</option>`)}
        </select>
      </label>
    </div>`}#B(e,t){let n=this.visibleDays,r=n[0]??this.weekStart,i=n[n.length-1]??this.weekStart,a=this.#t.status===1,o=this.weekStart<=this.#a()||a,s=this.busy===`next`;return q`<nav class="day-nav" part="day-nav" aria-labelledby="range">
      <div class="week">
        <button type="button" class="button secondary nav-button" part="nav-button" aria-disabled=${o}
          @click=${()=>!o&&this.#m(-1)}>
          <svg aria-hidden="true" viewBox="0 0 16 16" width="16" height="16"><path d="M10 3 5 8l5 5" fill="none" stroke="currentColor" stroke-width="2"/></svg>
          <span>${this.t(`nav.previous`)}</span>
        </button>
        <p id="range" class="range">${this.t(`nav.range`,{from:$(r,this.locale,`short`),to:$(i,this.locale,`short`,!0)})}</p>
        <button type="button" class="button secondary nav-button" part="nav-button" aria-disabled=${a}
          @click=${()=>!a&&this.#m(1)}>
          <span>${this.t(`nav.next`)}</span>
          <svg aria-hidden="true" viewBox="0 0 16 16" width="16" height="16"><path d="m6 3 5 5-5 5" fill="none" stroke="currentColor" stroke-width="2"/></svg>
        </button>
      </div>
      <div class="days" role="tablist" aria-label=${this.t(`nav.label`)} @click=${this.#_} @keydown=${this.#v}>
        ${n.map(n=>{let r=e?.byDay.get(n)?.length??0,i=n===t,a=$(n,this.locale);return q`<button
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
            <span class="day-name" aria-hidden="true">${$(n,this.locale,`short`)}</span>
            <span class="visually-hidden">${a},</span>
            <span class="day-count">${e?r?this.t(`day.count`,{count:r}):this.t(`day.none`):J}</span>
          </button>`})}
      </div>
      <button type="button" class="button secondary nav-button next-available" part="nav-button"
        aria-disabled=${s||a} @click=${()=>!(s||a)&&void this.#y()}>
        ${s?this.t(`loading.nextAvailable`):this.t(`nav.nextAvailable`)}
      </button>
      ${this.navMessage?q`<p class="message" part="notice">${this.navMessage}</p>`:J}
    </nav>`}#V(e,t,n){if(t.slots.length===0){let e=$(t.start,this.locale),n=$(t.end,this.locale,`long`,!0),r=t.nextAvailable;return q`<div class="message empty" part="empty">
        <p>${this.t(`empty.window`,{from:e,to:n})}</p>
        ${r?q`<button type="button" class="button secondary" @click=${()=>this.#g(r)}>
              ${this.t(`empty.goTo`,{day:$(r,this.locale,`long`,!0)})}
            </button>`:q`<p>${this.t(`empty.noneSoon`,{weeks:56/Il})}</p>`}
      </div>`}let r=t.byDay.get(n)??[],i=$(n,this.locale);if(r.length===0)return q`<p class="message empty" part="empty">${this.t(`day.empty`,{day:i})}</p>`;let a=r.some(e=>e.slot.id===this.activeSlotId)?this.activeSlotId:r.some(e=>e.slot.id===this.selectedSlotId)?this.selectedSlotId:r[0]?.slot.id;return q`<div
      class="slots"
      part="slots"
      role="listbox"
      aria-label=${this.t(`slots.listLabel`,{day:i})}
      @click=${this.#b}
      @keydown=${e=>this.#x(e,r)}
    >
      ${Dl.map(t=>{let n=r.filter(e=>e.period===t);if(!n.length)return J;let i=this.t(`period.${t}`);return q`<div class="period" part="period" role="group" aria-label=${i}>
          <div class="period-heading" part="period-heading" aria-hidden="true">${i}</div>
          <div class="period-slots">${n.map(t=>this.#H(e,t,a))}</div>
        </div>`})}
    </div>`}#H(e,t,n){let{slot:r}=t,i=r.id===this.selectedSlotId,a=yl(t.startMs,this.locale),o=this.#M(e,r.practitioner_id),s=this.#N(e,r.location_id);return q`<div
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
    </div>`}#U(e,t){let n=this.busy===`reserve`;return q`<div class="selection" part="selection">
      <p>
        ${this.t(`selection.text`,{when:this.#I(t.startMs),practitioner:this.#M(e,t.slot.practitioner_id),location:this.#N(e,t.slot.location_id)})}
      </p>
      <button type="button" class="button" part="reserve-button" aria-disabled=${n} @click=${this.#C}>
        ${n?this.t(`selection.reserving`):this.t(`selection.reserve`)}
      </button>
    </div>`}#W(e){let t=this.#t.value,n=this.dayOnScreen(t),r=this.typeId?e.typeById.get(this.typeId):void 0,i=this.#o(this.selectedSlotId),a=this.#t.status;return q`
      <div class="slots-header">
        <h2 id="slots-heading" class="heading" part="heading" tabindex="-1">${this.t(`slots.heading`)}</h2>
        ${r?q`<p class="type-line">${r.name} · ${this.#F(r).join(` · `)}</p>`:J}
        ${this.appointmentTypeId?J:q`<button type="button" class="button secondary small" @click=${this.#u}>${this.t(`slots.changeType`)}</button>`}
      </div>
      ${this.notice?q`<div id="notice" class="message warning" part="notice" role="alert" tabindex="-1">${this.notice}</div>`:J}
      ${this.#z(e)} ${this.#B(a===2?t:void 0,n)}
      <div id="day-panel" class="day-panel" role="tabpanel" aria-labelledby=${`day-${n}`} aria-busy=${a===1}>
        ${this.#t.render({pending:()=>this.#L(`loading.slots`),complete:t=>t?this.#V(e,t,n):J,error:e=>this.renderError(e,()=>void this.#t.run())})}
      </div>
      ${a===2&&i?this.#U(e,i):J}
      ${this.actionError?this.renderError(this.actionError.error,this.actionError.retry):J}
    `}#G(e,t,n){let r=e.typeById.get(t.appointment_type_id),i=Date.parse(t.start_time);return q`<dl class="details">
      <div><dt>${this.t(`summary.when`)}</dt><dd>${this.#I(i)}</dd></div>
      ${r?q`<div><dt>${this.t(`summary.type`)}</dt><dd>${r.name}</dd></div>`:J}
      <div><dt>${this.t(`summary.with`)}</dt><dd>${this.#M(e,t.practitioner_id)}</dd></div>
      <div><dt>${this.t(`summary.where`)}</dt><dd>${this.#N(e,t.location_id)}</dd></div>
      <div><dt>${this.t(`summary.length`)}</dt><dd>${this.t(`type.duration`,{count:n??r?.duration??0})}</dd></div>
      ${r?q`<div><dt>${this.t(`summary.cost`)}</dt><dd>${r.sector===`paid`||r.price>0?this.#P(r):this.t(`summary.free`)}</dd></div>`:J}
    </dl>`}#K(e,t){let n=this.busy===`book`,r=this.busy===`cancel`,i=Math.ceil(this.remainingMs/1e3),a=`${String(Math.floor(i/60)).padStart(2,`0`)}:${String(i%60).padStart(2,`0`)}`;return q`<section class="panel summary" part="summary" aria-labelledby="summary-heading">
      <h2 id="summary-heading" class="heading" part="heading" tabindex="-1">${this.t(`summary.heading`)}</h2>
      ${t.reservedUntil?q`<p class="hold">
            <span>${this.t(`summary.holding`)}</span>
            <span class="countdown" part="countdown" role="timer" aria-label=${this.t(`summary.holdingAria`,{count:Math.ceil(i/60)})}>${a}</span>
          </p>`:J}
      ${this.#G(e,t.slot)}
      ${this.actionError?this.renderError(this.actionError.error,this.actionError.retry):J}
      <div class="actions">
        <button type="button" class="button" part="confirm-button" aria-disabled=${n||r} @click=${this.#w}>
          ${n?this.t(`summary.confirming`):this.t(`summary.confirm`)}
        </button>
        <button type="button" class="button secondary" part="back-button" aria-disabled=${n||r} @click=${this.#T}>
          ${r?this.t(`summary.cancelling`):this.t(`summary.back`)}
        </button>
      </div>
    </section>`}#q(e,t){let{start_time:n}=t;return q`<section class="panel confirmation" part="confirmation" aria-labelledby="booked-heading">
      <h2 id="booked-heading" class="heading" part="heading" tabindex="-1">
        <svg aria-hidden="true" viewBox="0 0 24 24" width="24" height="24"><path d="m5 12.5 4.5 4.5L19 7.5" fill="none" stroke="currentColor" stroke-width="2.5"/></svg>
        ${this.t(`booked.heading`)}
      </h2>
      <p>${this.t(`booked.text`)}</p>
      ${n?this.#G(e,{...t,start_time:n},t.duration):J}
      <button type="button" class="button secondary" @click=${this.#E}>${this.t(`booked.another`)}</button>
    </section>`}#J(e){switch(this.step){case`choose`:return this.#R(e);case`slots`:return this.#W(e);case`summary`:return this.reservation?this.#K(e,this.reservation):J;case`booked`:return this.booked?this.#q(e,this.booked):J}}render(){return q`<div class="base" part="base">
      ${this.#e.render({initial:()=>this.#L(`loading.reference`),pending:()=>this.#L(`loading.reference`),complete:e=>this.#J(e),error:e=>this.renderError(e,()=>this.refresh())})}
      ${this.renderAnnouncer()}
    </div>`}};customElements.get(`hero-slot-picker`)||customElements.define(`hero-slot-picker`,Rl);var zl={"date.required":`Enter {label_lower}`,"date.missing_day":`{label} must include a day`,"date.missing_month":`{label} must include a month`,"date.missing_year":`{label} must include a year`,"date.missing_day_month":`{label} must include a day and month`,"date.missing_day_year":`{label} must include a day and year`,"date.missing_month_year":`{label} must include a month and year`,"date.invalid":`{label} must be a real date`,"date.year_length":`Year must include 4 numbers`,"date.past":`{label} must be in the past`,"date.today_or_past":`{label} must be today or in the past`,"date.future":`{label} must be in the future`,"date.today_or_future":`{label} must be today or in the future`,"date.min":`{label} must be the same as or after {date}`,"date.max":`{label} must be the same as or before {date}`},Bl=[`day`,`month`,`year`],Vl=[`jan`,`feb`,`mar`,`apr`,`may`,`jun`,`jul`,`aug`,`sep`,`oct`,`nov`,`dec`],Hl=[`january`,`february`,`march`,`april`,`may`,`june`,`july`,`august`,`september`,`october`,`november`,`december`];function Ul(e){return e%4==0&&e%100!=0||e%400==0}function Wl(e,t){return t===2?Ul(e)?29:28:[4,6,9,11].includes(t)?30:31}var Gl=(e,t=2)=>String(e).padStart(t,`0`);function Kl(e,t,n){return`${Gl(e,4)}-${Gl(t)}-${Gl(n)}`}function ql(e){let t=/^(\d{4})-(\d{2})-(\d{2})$/.exec(e);if(!t)return!1;let[n,r,i]=[Number(t[1]),Number(t[2]),Number(t[3])];return r>=1&&r<=12&&i>=1&&i<=Wl(n,r)}function Jl(e){let t=e?.slice(0,10);return t&&ql(t)?t:void 0}function Yl(e){let[t=``,n=``,r=``]=e.split(`-`);return{day:String(Number(r)),month:String(Number(n)),year:t}}function Xl(e=Date.now()){let t=new Intl.DateTimeFormat(`en-GB`,{timeZone:`Europe/London`,year:`numeric`,month:`2-digit`,day:`2-digit`}).formatToParts(e),n=e=>t.find(t=>t.type===e)?.value??``;return`${n(`year`)}-${n(`month`)}-${n(`day`)}`}function Zl(e){let t=typeof e==`number`?e:Date.parse(e);return Number.isNaN(t)?void 0:Xl(t)}function Ql(e,t=`en-GB`,n={dateStyle:`long`}){if(!ql(e))return e;let[r,i,a]=e.split(`-`).map(Number),o=new Date(Date.UTC(r,i-1,a,12));return o.setUTCFullYear(r),yo(o,t,{...n,timeZone:`UTC`})}function $l(e){if(/^\d{1,2}$/.test(e))return Number(e);let t=e.toLowerCase().replace(/\.$/,``),n=Hl.indexOf(t);if(n>=0)return n+1;let r=Vl.indexOf(t===`sept`?`sep`:t);return r>=0?r+1:void 0}function eu(e,t={}){let n=e.day.trim(),r=e.month.trim(),i=e.year.trim(),a=Bl.filter(e=>({day:n,month:r,year:i})[e]===``);if(a.length===3)return t.optional?{ok:!0,date:void 0}:{ok:!1,code:`required`,fields:Bl};if(a.length)return{ok:!1,code:`missing_${a.join(`_`)}`,fields:a};let o=/^\d{1,2}$/.test(n)?Number(n):NaN,s=$l(r)??NaN,c=/^\d+$/.test(i)?Number(i):NaN,l=[];if(o>=1&&o<=31||l.push(`day`),s>=1&&s<=12||l.push(`month`),Number.isNaN(c)&&l.push(`year`),l.length)return{ok:!1,code:`invalid`,fields:l};if(i.length!==4)return{ok:!1,code:`year_length`,fields:[`year`]};if(o>Wl(c,s))return{ok:!1,code:`invalid`,fields:[`day`]};let u=Kl(c,s,o),d=t.when?t.today??Xl():``;switch(t.when){case`past`:if(u>=d)return{ok:!1,code:`past`,fields:Bl};break;case`today-or-past`:if(u>d)return{ok:!1,code:`today_or_past`,fields:Bl};break;case`future`:if(u<=d)return{ok:!1,code:`future`,fields:Bl};break;case`today-or-future`:if(u<d)return{ok:!1,code:`today_or_future`,fields:Bl}}return t.min&&u<t.min?{ok:!1,code:`min`,fields:Bl,limit:t.min}:t.max&&u>t.max?{ok:!1,code:`max`,fields:Bl,limit:t.max}:{ok:!0,date:u}}function tu(e){return/^\p{Lu}\p{Ll}/u.test(e)?e.charAt(0).toLowerCase()+e.slice(1):e}var nu=function(e,t,n,r){var i=arguments.length,a=i<3?t:r===null?r=Object.getOwnPropertyDescriptor(t,n):r,o;if(typeof Reflect==`object`&&typeof Reflect.decorate==`function`)a=Reflect.decorate(e,t,n,r);else for(var s=e.length-1;s>=0;s--)(o=e[s])&&(a=(i<3?o(a):i>3?o(t,n,a):o(t,n))||a);return i>3&&a&&Object.defineProperty(t,n,a),a},ru=class extends qc{constructor(){super(...arguments),this.internals=this.attachInternals(),this.required=!1,this.disabled=!1,this.formDisabled=!1}static{this.formAssociated=!0}get form(){return this.internals.form}get validity(){return this.internals.validity}get validationMessage(){return this.internals.validationMessage}get willValidate(){return this.internals.willValidate}checkValidity(){return this.internals.checkValidity()}reportValidity(){return this.internals.reportValidity()}formDisabledCallback(e){this.formDisabled=e}setStates(e){for(let[t,n]of Object.entries(e))try{n?this.internals.states.add(t):this.internals.states.delete(t)}catch{}}get isDisabled(){return this.disabled||this.formDisabled}};nu([Y({reflect:!0})],ru.prototype,`name`,void 0),nu([Y({type:Boolean,reflect:!0})],ru.prototype,`required`,void 0),nu([Y({type:Boolean,reflect:!0})],ru.prototype,`disabled`,void 0),nu([cc()],ru.prototype,`formDisabled`,void 0);function iu(e){return e.replace(/[\s-]/g,``)}function au(e){let t=iu(e);if(!/^\d{10}$/.test(t)||/^(\d)\1{9}$/.test(t))return!1;let n=0;for(let e=0;e<9;e++)n+=Number(t[e])*(10-e);let r=(11-n%11)%11;return r!==10&&r===Number(t[9])}function ou(e){let t=iu(e);return/^\d{10}$/.test(t)?`${t.slice(0,3)} ${t.slice(3,6)} ${t.slice(6)}`:e}function su(e){let t=iu(e);return/^\d{0,10}$/.test(t)?[t.slice(0,3),t.slice(3,6),t.slice(6)].filter(Boolean).join(` `):e}var cu=/^(GIR0AA|[A-PR-UWYZ](\d{1,2}|[A-HK-Y]\d{1,2}|\d[A-HJKPSTUW]|[A-HK-Y]\d[ABEHMNPRV-Y])\d[ABD-HJLNP-UW-Z]{2})$/;function lu(e){let t=e.replace(/\s+/g,``).toUpperCase();return cu.test(t)?`${t.slice(0,-3)} ${t.slice(-3)}`:e.trim()}function uu(e){return cu.test(e.replace(/\s+/g,``).toUpperCase())}var du={search:`/v3/patients`,searchSingleField:`/v1/patients`,trace:`/v1/patients/register_pds`,patient:`/v1/patients/{id}`};async function fu(e,t,n){let r=t.mode===`nhs`?{nhs_number:t.nhsNumber,dob:t.dob}:{first_name:t.firstName,last_name:t.lastName,dob:t.dob},i;try{i=await e.get(du.search,{query:{...r,page_index:0,page_size:20},signal:n})}catch(r){if(!(t.mode===`nhs`&&r instanceof X&&r.status===404))throw r;i=await e.get(du.searchSingleField,{query:{field:`nhs_number`,search:t.nhsNumber,page_index:0,page_size:20},signal:n})}let a=i.data.filter(e=>Jl(e.dob)===t.dob&&(t.mode!==`nhs`||iu(e.nhs_number??``)===t.nhsNumber)),o=i.data.length-a.length;return{patients:a.map(Sl),total:Math.max(a.length,i.count-o)}}async function pu(e,t,n){let r;try{r=await e.post(du.trace,{body:t,signal:n})}catch(e){if(e instanceof X&&e.status===404)return{status:`no-match`};throw e}let i=r;if(typeof i.patient_id==`string`)return{status:`found`,patient:Sl(await e.get(du.patient,{path:{id:i.patient_id},signal:n}))};if(typeof i.login_url==`string`)return{status:`verify`,loginUrl:i.login_url};throw new X(`server`,`The Hero API sent a PDS trace answer the kit could not read.`)}function mu(e){return/^https:\/\//i.test(e)?e:void 0}var hu=ns`:host{--_error:var(--hero-patient-lookup-error-color,var(--hero-color-danger,#d5281b));--_input-border:var(--hero-patient-lookup-input-border-color,var(--hero-color-border-strong,#4c6272));max-width:var(--hero-patient-lookup-max-width,40rem)}.base,form,.stack{display:grid;gap:var(--hero-patient-lookup-gap,var(--hero-space-l,1.5rem))}ul{margin:0;padding:0;list-style:none}.input{max-width:20em}.input:focus-visible{box-shadow:inset 0 0 0 2px var(--hero-color-text,#212b32)}.input:disabled{opacity:0.6}.nhs{max-width:10em;font-variant-numeric:tabular-nums;letter-spacing:0.05em}.postcode{max-width:8em;text-transform:uppercase}.date{display:flex;flex-wrap:wrap;gap:var(--hero-space-m,1rem)}.date .field{gap:0}.date .input{width:3.5em}.date .year{width:5em}.radios{display:flex;flex-wrap:wrap;gap:var(--hero-space-s,0.5rem) var(--hero-space-l,1.5rem)}.actions,.result-head{display:flex;flex-wrap:wrap;gap:var(--hero-space-s,0.5rem);align-items:center}.button.warning{background:var(--hero-color-danger,#d5281b)}.button.warning:hover{background:var(--hero-color-danger-hover,#aa2016)}.error-summary{margin:0;border-color:var(--_error)}.results,.result,.panel{display:grid;gap:var(--hero-space-s,0.5rem)}.result{padding:var(--hero-space-m,1rem);border:var(--hero-border-width,1px) solid var(--hero-patient-lookup-result-border-color,var(--hero-color-border,#828e96));border-radius:var(--hero-radius-m,0.5rem);background:var(--hero-patient-lookup-result-background,var(--hero-color-surface,#ffffff))}.result.selected{border:3px solid var(--hero-patient-lookup-selected-border-color,var(--hero-color-success,#007f3b))}.name{font-size:var(--hero-font-size-l,1.1875rem);font-weight:var(--hero-font-weight-bold,600);overflow-wrap:anywhere}.details{display:grid;grid-template-columns:max-content 1fr;gap:0 var(--hero-space-m,1rem)}.details dt{color:var(--hero-color-text-muted,#4c6272)}.details dd{overflow-wrap:anywhere}@media (max-width:30em){.details{grid-template-columns:1fr}.details dd + dt{margin-block-start:var(--hero-space-xs,0.25rem)}}.badge{display:inline-block;padding:0 var(--hero-space-s,0.5rem);border:2px solid currentColor;border-radius:var(--hero-radius-s,0.25rem);font-size:var(--hero-font-size-s,0.875rem);font-weight:var(--hero-font-weight-bold,600);text-transform:uppercase;letter-spacing:0.03em}.badge.deceased{color:var(--hero-color-text,#212b32);background:var(--hero-color-surface-raised,#f0f4f5)}.badge.restricted{color:var(--hero-color-warning,#8a4b00);background:var(--hero-color-warning-surface,#fff4e0)}.badge.archived{color:var(--hero-color-text-muted,#4c6272)}.panel{padding:var(--hero-space-m,1rem);border-inline-start:4px solid var(--hero-color-border-strong,#4c6272);background:var(--hero-color-surface-raised,#f0f4f5)}.panel.warning{border-color:var(--hero-color-danger,#d5281b);background:var(--hero-color-danger-surface,#fbe9e7)}.panel.info{border-color:var(--hero-color-primary,#005eb8);background:var(--hero-color-info-surface,#e8f1fa)}.title{font-weight:var(--hero-font-weight-bold,600)}@media (forced-colors:active){.result,.panel,.badge{border-color:CanvasText}.field .input[aria-invalid='true'],.error-summary,.field.invalid{border-color:Mark}.result.selected{border-color:Highlight}.choice input{accent-color:auto}}














































































































































































`,gu={nhs:``,first:``,last:``,day:``,month:``,year:``,postcode:``},_u={day:`dob-day`,month:`dob-month`,year:`dob-year`},vu={found:{title:`trace.found`,text:`trace.found.text`},"no-match":{title:`trace.none.title`},verify:{title:`trace.verify.title`,text:`trace.verify.text`}},yu={...zl,"date.required":`Enter a date of birth`,"mode.legend":`Search by`,"mode.nhs":`NHS number and date of birth`,"mode.name":`Name and date of birth`,"nhs.label":`NHS number`,"nhs.hint":`10 digits, for example 943 476 5919`,"nhs.required":`Enter an NHS number`,"nhs.characters":`NHS number must only include numbers, spaces and dashes`,"nhs.length":`NHS number must be 10 digits`,"nhs.invalid":`NHS number is not valid. Check each digit`,"first.label":`First name`,"first.required":`Enter a first name`,"last.label":`Last name`,"last.required":`Enter a last name`,"dob.label":`Date of birth`,"dob.hint":`For example, 31 3 1980`,"dob.day":`Day`,"dob.month":`Month`,"dob.year":`Year`,"postcode.label":`Postcode`,"postcode.hint":`The postcode the patient is registered at with the NHS, for example BS35 2AQ`,"postcode.required":`Enter a postcode`,"postcode.invalid":`Enter a real postcode`,"error.prefix":`Error:`,search:`Search`,searching:`Searching for patients…`,"results.count":({count:e})=>e===1?`1 patient found`:`${e} patients found`,"results.more":`Showing the first {shown} of {total} matches. Add more detail to narrow the search.`,"results.confirm":`Check the details, then select the right patient.`,"nhs.none":`Not recorded`,address:`Address`,"address.withheld":`Withheld: restricted record`,"badge.deceased":`Deceased`,"badge.restricted":`Restricted`,"badge.archived":`Archived`,unnamed:`Name not recorded`,select:`Select`,"select.context":`{name}, born {dob}`,"deceased.title":`This patient has died`,"deceased.text":`{name} is recorded as deceased ({date}). Select this record only if you are sure it is the one you need.`,"deceased.date":`died {date}`,"deceased.unknown":`date of death not recorded`,"deceased.confirm":`Yes, select this patient`,cancel:`Cancel`,"none.title":`No patients found`,"none.nhs":`No Hero patient has NHS number {nhs} and date of birth {dob}.`,"none.name":`No Hero patient called {first} {last} has date of birth {dob}.`,"none.check.nhs":`Check the NHS number and date of birth, or search by name and date of birth instead.`,"none.check.name":`Check the spelling of the names and the date of birth, or search by NHS number instead.`,"trace.title":`Trace on the NHS Spine`,"trace.text":`If the patient is registered with the NHS, a trace on the Spine (PDS) finds them and adds them to Hero.`,"trace.pending":`Tracing on the NHS Spine…`,"trace.found":`Found on the NHS Spine`,"trace.found.text":`This patient was traced on the NHS Spine and is now in Hero. Check the details, then select them.`,"trace.none.title":`No match on the NHS Spine`,"trace.none.nhs":`Check the NHS number and date of birth with the patient, for example on an NHS letter or the NHS App.`,"trace.none.name":`Check the names are spelt as on the patient’s NHS record, and that the date of birth and postcode are right. Or trace by NHS number.`,"trace.verify.title":`The patient needs to verify their identity`,"trace.verify.text":`Before they can be added from the NHS Spine, the patient must prove who they are with NHS login. When they have done this, trace them again.`,"trace.verify.link":`Open the NHS login identity check (opens in a new tab)`,"trace.again":`Trace again`,"selected.title":`Selected patient`,"selected.announce":`{name} selected`,change:`Change patient`,required:`Select a patient`,"required.hint":`Find the patient, then select them.`},bu=class extends ru{static{this.styles=[jl,Ml,hu]}static{this.translations={"en-GB":yu}}static{this.translationKey=`patientLookup`}static{this.properties={allowRegister:{type:Boolean,attribute:`allow-register`,reflect:!0},query:{state:!0},mode:{state:!0},fields:{state:!0},errors:{state:!0},trace:{state:!0},confirmingId:{state:!0},selected:{state:!0},showRequired:{state:!0}}}constructor(){super(),this.search=new Zc(this,{task:async([e,t],{signal:n})=>{if(!t)return Xc;if(!e)throw this.configError;return fu(e,t,n)},args:()=>[this.client,this.query],onComplete:e=>this.announce(e.patients.length?this.t(`results.count`,{count:e.patients.length}):this.t(`none.title`)),onError:e=>void this.reportError(e)}),this.resumeSearch=!1,this.mode=`nhs`,this.fields={...gu},this.errors={},this.trace={status:`idle`},this.showRequired=!1,this.allowRegister=!1,this.addEventListener(`invalid`,()=>{this.showRequired=!0})}connectedCallback(){super.connectedCallback(),this.resumeSearch&&(this.resumeSearch=!1,this.search.run())}disconnectedCallback(){super.disconnectedCallback(),this.search.status===Q.PENDING&&(this.resumeSearch=!0,this.search.abort()),this.traceController?.abort()}firstUpdated(){this.markReady()}updated(e){super.updated(e);let t=this.internals;if(this.required&&!this.selected){let e=this.renderRoot.querySelector(`[part~="select-button"], [part~="input"]`)??void 0;t.setValidity({valueMissing:!0},this.t(`required`),e)}else t.setValidity({});let n={selected:!!this.selected,busy:this.search.status===Q.PENDING||this.trace.status===`pending`,invalid:!t.validity.valid};this.setStates(n)}formResetCallback(){this.traceController?.abort(),this.query=void 0,this.mode=`nhs`,this.fields={...gu},this.errors={},this.trace={status:`idle`},this.confirmingId=void 0,this.selected=void 0,this.showRequired=!1,this.announcement=``,this.internals.setFormValue(null)}handleMode(e){this.mode=e.target.value,this.errors={}}handleInput(e){let t=e.target,n=t.dataset.field,r=t.value;n===`nhs`&&e.inputType?.startsWith(`insert`)&&t.selectionEnd===r.length&&(t.value=r=su(r)),this.fields={...this.fields,[n]:r}}handleNhsBlur(){au(this.fields.nhs)&&(this.fields={...this.fields,nhs:ou(this.fields.nhs)})}handleSearch(e){if(e.preventDefault(),this.isDisabled)return;let t={},{nhs:n,first:r,last:i}=this.fields;if(this.mode===`nhs`){let e=iu(n),r=n.trim()?/[^\d\s-]/.test(n)?`nhs.characters`:e.length===10?au(e)?void 0:`nhs.invalid`:`nhs.length`:`nhs.required`;r&&(t.nhs={message:this.t(r),target:`nhs-number`})}else r.trim()||(t.first={message:this.t(`first.required`),target:`first-name`}),i.trim()||(t.last={message:this.t(`last.required`),target:`last-name`});let a=this.t(`dob.label`),o=eu(this.fields,{when:`past`});if(o.ok||(t.dob={message:this.t(`date.${o.code}`,{label:a,label_lower:tu(a)}),target:_u[o.fields[0]??`day`],parts:o.fields}),this.showErrors(t)||!o.ok||!o.date)return;let s=this.mode===`nhs`?{mode:`nhs`,nhsNumber:iu(n),dob:o.date}:{mode:`name`,firstName:r.trim(),lastName:i.trim(),dob:o.date};(this.search.status!==Q.PENDING||JSON.stringify(s)!==JSON.stringify(this.query))&&(this.traceController?.abort(),this.trace={status:`idle`},this.confirmingId=void 0,this.query=s,this.mode===`nhs`&&(this.fields={...this.fields,nhs:ou(n)}))}async handleTrace(e){e.preventDefault();let t=this.query;if(!t||this.trace.status===`pending`||this.isDisabled)return;let n;if(t.mode===`nhs`)n={nhs_number:t.nhsNumber,dob:t.dob};else{let e=this.fields.postcode,r=e.trim()?uu(e)?void 0:`postcode.invalid`:`postcode.required`;if(this.showErrors(r?{postcode:{message:this.t(r),target:`postcode`}}:{}))return;let i=lu(e);this.fields={...this.fields,postcode:i},n={forename:t.firstName,surname:t.lastName,dob:t.dob,postcode:i}}let r=this.client;if(!r){this.trace={status:`error`,error:this.reportError(this.configError)};return}let i=this.traceController=new AbortController;this.trace={status:`pending`},this.announce(this.t(`trace.pending`));try{let e=await pu(r,n,i.signal);if(i.signal.aborted)return;if(e.status===`verify`){let t={login_url:e.loginUrl},n=this.emit(`hero-identity-verification`,t);this.trace={status:`verify`,link:n?mu(e.loginUrl):void 0}}else this.trace=e;this.announce(this.t(vu[e.status].title))}catch(e){if(i.signal.aborted||yc(e)){this.traceController===i&&(this.trace={status:`idle`});return}this.trace={status:`error`,error:this.reportError(e)}}}handleSelect(e){if(this.isDisabled)return;if(e.deceased_at&&this.confirmingId!==e.id){this.confirmingId=e.id,this.focusOn(`#confirm-${e.id}`);return}this.confirmingId=void 0,this.selected=e,this.showRequired=!1,this.internals.setFormValue(e.id),this.announce(this.t(`selected.announce`,{name:Cl(e)||this.t(`unnamed`)})),this.focusOn(`#selected-title`);let t={patient:structuredClone(e)};this.emit(`hero-patient-select`,t),this.dispatchEvent(new Event(`change`,{bubbles:!0}))}cancelConfirm(e){this.confirmingId=void 0,this.focusOn(`#select-${e.id}`)}async handleChange(){let e=`#select-${this.selected?.id}`;this.selected=void 0,this.internals.setFormValue(null),this.announcement=``,this.dispatchEvent(new Event(`change`,{bubbles:!0})),await this.updateComplete,this.focusOn(this.renderRoot.querySelector(e)?e:`[part~="input"]`)}get value(){return this.selected?.id??``}get patient(){return this.selected&&structuredClone(this.selected)}showErrors(e){return this.errors=e,Object.keys(e).length?(this.focusOn(`#error-summary`),!0):!1}renderBusy(e){return q`<p class="loading" part="status"><span class="spinner" aria-hidden="true"></span>${this.t(e)}</p>`}renderErrorMessage(e,t){return e?q`<p class="error-message" id=${t??J} part="error-message"><span class="visually-hidden">${this.t(`error.prefix`)}</span> ${e}</p>`:J}renderTextField(e,t){let n=this.errors[e],r=e===`nhs`||e===`postcode`,i=[r?`${e}-hint`:``,n?`${e}-error`:``].filter(Boolean).join(` `);return q`<div class="field ${n?`invalid`:``}" part="field">
      <label class="label" part="label" for=${t}>${this.t(`${e}.label`)}</label>
      ${r?q`<p class="hint" part="hint" id="${e}-hint">${this.t(`${e}.hint`)}</p>`:J}
      ${this.renderErrorMessage(n?.message,`${e}-error`)}
      ${this.renderInput(e,t,!!n,i)}
    </div>`}renderInput(e,t,n,r=``){return q`<input id=${t} class="input ${e}" part="input" type="text" data-field=${e} inputmode=${e===`nhs`||e in _u?`numeric`:`text`}
      autocomplete="off" spellcheck="false" aria-describedby=${r||J} aria-invalid=${n}
      .value=${this.fields[e]} ?disabled=${this.isDisabled} @input=${this.handleInput} @blur=${e===`nhs`?this.handleNhsBlur:void 0} />`}renderDob(){let e=this.errors.dob,t=t=>q`<div class="field">
        <label class="label" for=${_u[t]}>${this.t(`dob.${t}`)}</label>
        ${this.renderInput(t,_u[t],e?.parts?.includes(t)??!1)}
      </div>`;return q`<fieldset class="field ${e?`invalid`:``}" part="field" role="group" aria-describedby=${e?`dob-hint dob-error`:`dob-hint`}>
      <legend class="label" part="label">${this.t(`dob.label`)}</legend>
      <p class="hint" part="hint" id="dob-hint">${this.t(`dob.hint`)}</p>
      ${this.renderErrorMessage(e?.message,`dob-error`)}
      <div class="date">${t(`day`)}${t(`month`)}${t(`year`)}</div>
    </fieldset>`}renderForm(){let e=this.search.status===Q.PENDING;return q`<form part="form" novalidate autocomplete="off" @submit=${this.handleSearch}>
      <fieldset class="field" part="mode">
        <legend class="label" part="label">${this.t(`mode.legend`)}</legend>
        <div class="radios">
          ${[`nhs`,`name`].map(e=>q`<div class="choice">
              <input id="mode-${e}" type="radio" name="mode" value=${e} .checked=${this.mode===e} ?disabled=${this.isDisabled} @change=${this.handleMode} />
              <label for="mode-${e}">${this.t(`mode.${e}`)}</label>
            </div>`)}
        </div>
      </fieldset>
      ${this.mode===`nhs`?this.renderTextField(`nhs`,`nhs-number`):q`${this.renderTextField(`first`,`first-name`)}${this.renderTextField(`last`,`last-name`)}`}
      ${this.renderDob()}
      <div class="actions">
        <button type="submit" class="button" part="search-button" ?disabled=${this.isDisabled} aria-disabled=${e}>${this.t(`search`)}</button>
      </div>
    </form>`}formatDob(e){let t=Jl(e.dob);return t?Ql(t,this.locale):this.t(`nhs.none`)}renderPatient(e,t){let n=wl(e),r=[e.deceased_at&&`deceased`,e.restricted&&`restricted`,e.status===`archived`&&`archived`];return q`<div class="result-head">
        <p class="name" id=${t}>${Cl(e)||this.t(`unnamed`)}</p>
        ${r.filter(Boolean).map(e=>q`<span class="badge ${e}" part="badge">${this.t(`badge.${e}`)}</span>`)}
      </div>
      <dl class="details">
        <dt>${this.t(`dob.label`)}</dt>
        <dd>${this.formatDob(e)}</dd>
        <dt>${this.t(`nhs.label`)}</dt>
        <dd>${e.nhs_number?ou(e.nhs_number):this.t(`nhs.none`)}</dd>
        <dt>${this.t(`address`)}</dt>
        <dd>${e.restricted?this.t(`address.withheld`):n||this.t(`nhs.none`)}</dd>
      </dl>`}renderResult(e){let t=Cl(e)||this.t(`unnamed`),n=this.confirmingId===e.id,r=Zl(e.deceased_at??``);return q`<li class="result" part="result">
      ${this.renderPatient(e,`name-${e.id}`)}
      <div class="actions">
        <button id="select-${e.id}" type="button" class="button secondary" part="select-button"
          aria-expanded=${e.deceased_at?n:J} ?disabled=${this.isDisabled} @click=${()=>this.handleSelect(e)}>
          ${this.t(`select`)}<span class="visually-hidden">&nbsp;${this.t(`select.context`,{name:t,dob:this.formatDob(e)})}${e.deceased_at?`, ${this.t(`badge.deceased`)}`:``}</span>
        </button>
      </div>
      ${n?q`<div class="panel warning" part="deceased-confirm" role="group" aria-labelledby="confirm-${e.id}">
            <p class="title" id="confirm-${e.id}" tabindex="-1">${this.t(`deceased.title`)}</p>
            <p>${this.t(`deceased.text`,{name:t,date:r?this.t(`deceased.date`,{date:Ql(r,this.locale)}):this.t(`deceased.unknown`)})}</p>
            <div class="actions">
              <button type="button" class="button warning" part="confirm-button" ?disabled=${this.isDisabled} @click=${()=>this.handleSelect(e)}>${this.t(`deceased.confirm`)}</button>
              <button type="button" class="button secondary" part="cancel-button" @click=${()=>this.cancelConfirm(e)}>${this.t(`cancel`)}</button>
            </div>
          </div>`:J}
    </li>`}renderResults(e){return e.patients.length?q`<section class="stack" aria-labelledby="results-title">
      <div>
        <p class="title" id="results-title">${this.t(`results.count`,{count:e.patients.length})}</p>
        <p class="hint">${this.t(`results.confirm`)}</p>
      </div>
      ${e.total>e.patients.length?q`<p class="panel info">${this.t(`results.more`,{shown:e.patients.length,total:e.total})}</p>`:J}
      <ul class="results" part="results" aria-labelledby="results-title">
        ${e.patients.map(e=>this.renderResult(e))}
      </ul>
    </section>`:this.renderNone()}renderNone(){let e=this.query;if(!e)return q``;let t=Ql(e.dob,this.locale);return q`<div class="stack">
      <div class="panel" part="none-found">
        <p class="title">${this.t(`none.title`)}</p>
        <p>${e.mode===`nhs`?this.t(`none.nhs`,{nhs:ou(e.nhsNumber),dob:t}):this.t(`none.name`,{first:e.firstName,last:e.lastName,dob:t})}</p>
        <p>${this.t(`none.check.${e.mode}`)}</p>
      </div>
      ${this.allowRegister?this.renderTrace(e):J}
    </div>`}renderTrace(e){let t=this.trace,n=t.status,r=vu[n];return q`<form class="stack" part="trace" novalidate autocomplete="off" aria-labelledby="trace-heading" @submit=${this.handleTrace}>
      <div>
        <p class="title" id="trace-heading">${this.t(`trace.title`)}</p>
        <p>${this.t(`trace.text`)}</p>
      </div>
      ${e.mode===`name`?this.renderTextField(`postcode`,`postcode`):J}
      ${n===`found`?J:q`<div class="actions">
            <button type="submit" class="button" part="trace-button" ?disabled=${this.isDisabled} aria-disabled=${n===`pending`}>${this.t(n===`idle`||n===`pending`?`trace.title`:`trace.again`)}</button>
          </div>`}
      ${n===`pending`?this.renderBusy(`trace.pending`):n===`error`?this.renderError(t.error):J}
      ${r?q`<div class="panel ${n===`no-match`?`warning`:`info`}" role=${n===`found`?J:`alert`}>
            <p class="title" id="trace-title">${this.t(r.title)}</p>
            <p>${this.t(r.text??`trace.none.${e.mode}`)}</p>
            ${n===`verify`&&t.link?q`<p><a href=${t.link} target="_blank" rel="noopener noreferrer">${this.t(`trace.verify.link`)}</a></p>`:J}
          </div>`:J}
      ${n===`found`?q`<ul class="results" part="results" aria-labelledby="trace-title">${this.renderResult(t.patient)}</ul>`:J}
    </form>`}renderSelected(e){return q`<section class="result selected" part="selected result" aria-labelledby="selected-title">
      <p class="hint" id="selected-title" tabindex="-1">${this.t(`selected.title`)}</p>
      ${this.renderPatient(e,`selected-name`)}
      <div class="actions">
        <button type="button" class="button secondary" part="change-button" ?disabled=${this.isDisabled} @click=${this.handleChange}>${this.t(`change`)}</button>
      </div>
    </section>`}render(){let e=this.renderErrorSummary(Object.values(this.errors)),t=this.selected?this.renderSelected(this.selected):q`${e}
          ${this.renderErrorMessage(this.showRequired&&this.required?`${this.t(`required`)}. ${this.t(`required.hint`)}`:void 0)}
          ${this.renderForm()}
          <div class="stack" aria-busy=${this.search.status===Q.PENDING}>
            ${this.search.render({pending:()=>this.renderBusy(`searching`),complete:e=>this.renderResults(e),error:e=>yc(e)?J:this.renderError(e,()=>void this.search.run())})}
          </div>`;return q`<div class="base" part="base">
      ${this.renderAnnouncer()}
      ${t}
    </div>`}};customElements.get(`hero-patient-lookup`)||customElements.define(`hero-patient-lookup`,bu);var xu=new Set([`string`,`integer`,`boolean`,`datepicker`,`text`,`radio`,`dropdown`,`checkboxes`,`consent`,`paragraph`]),Su=e=>e.type!==`paragraph`&&xu.has(e.type),Cu={day:``,month:``,year:``},wu=e=>typeof e==`object`&&!!e&&!Array.isArray(e),Tu=/^-?\d+$/;function Eu(e,t){let n=e.options?.map(e=>e.value)??[];switch(e.type){case`string`:case`text`:return typeof t==`string`&&t.trim()?t.trim():void 0;case`integer`:{let e=typeof t==`string`?t.trim():``;return Tu.test(e)?Number(e):void 0}case`boolean`:return typeof t==`boolean`?t:void 0;case`consent`:return t===!0;case`datepicker`:{if(!wu(t))return;let e=eu(t,{optional:!0});return e.ok?e.date:void 0}case`radio`:case`dropdown`:return typeof t==`string`&&n.includes(t)?t:void 0;case`checkboxes`:{let e=Array.isArray(t)?n.filter(e=>t.includes(e)):[];return e.length?e:void 0}default:return}}function Du(e,t){if(t!=null)switch(e.type){case`boolean`:case`consent`:return typeof t==`boolean`?t:void 0;case`checkboxes`:return Array.isArray(t)?t.map(String):[String(t)];case`datepicker`:return typeof t==`string`&&/^\d{4}-\d{2}-\d{2}/.test(t)?Yl(t.slice(0,10)):void 0;default:return Array.isArray(t)?void 0:String(t)}}function Ou(e){return e===void 0?!0:typeof e==`boolean`?!1:typeof e==`string`?!e.trim():Array.isArray(e)?e.length===0:wu(e)?!(e.day.trim()||e.month.trim()||e.year.trim()):!1}function ku(e,t,n=!1){let r=!!e.required&&!n;if(e.type===`datepicker`){let e=eu(wu(t)?t:Cu,{optional:!r});return e.ok?void 0:{code:`date.${e.code}`,parts:e.fields}}if(e.type===`consent`)return r&&t!==!0?{code:`consent`}:void 0;if(Ou(t))return r?{code:e.type===`string`||e.type===`text`||e.type===`integer`?`required.enter`:`required.select`}:void 0;if(e.type===`integer`){let n=Eu(e,t);if(typeof n!=`number`)return{code:`whole_number`};let{min:r,max:i}=e,a=r!=null&&n<r;if(a||i!=null&&n>i)return{code:r!=null&&i!=null?`between`:a?`min`:`max`}}}function Au(e,t){let n=e.name.trim().replace(/\s+/g,` `),r=n.length<=60&&!/[?:.]$/.test(n),i=r?tu(n):t(n);return{label:n,subject:r?n:i.charAt(0).toUpperCase()+i.slice(1),subject_lower:i,min:e.min??``,max:e.max??``}}var ju=e=>`problem.${e.code}`,Mu={systolic_blood_pressure:`mmHg`,diastolic_blood_pressure:`mmHg`,height:`cm`,weight:`kg`,body_mass_index:`kg/m²`},Nu=e=>e.unit||(e.observation_type?Mu[e.observation_type]:void 0);function Pu(e,t){if(e===void 0||t===void 0||!(e>=30&&e<=300&&t>=1&&t<=700))return;let n=e/100;return Math.round(t/(n*n)*10)/10}var Fu=(e,t)=>e.type===`integer`?String(Math.round(t)):t.toFixed(1),Iu=[`day`,`month`,`year`];function Lu(e,t){let n=`q-${e.form_question_id}`;return e.type===`datepicker`?`${n}-${t?.[0]??`day`}`:e.type===`radio`||e.type===`checkboxes`||e.type===`boolean`?`${n}-0`:n}var Ru=(...e)=>e.filter(Boolean).join(` `)||J;function zu(e,t){let n=`q-${e.form_question_id}`;if(e.type===`paragraph`)return q`<p class="paragraph" part="paragraph">${e.name}</p>`;let r=e.description||(e.type===`datepicker`?t.t(`date.hint`):``),i=r?q`<p class="hint" part="hint" id="${n}-hint">${r}</p>`:J,a=t.error?q`<p class="error-message" part="error-message" id="${n}-error">
        <span class="visually-hidden">${t.t(`error.prefix`)}</span> ${t.error.message}
      </p>`:J,o=!!t.error,s=e.type===`radio`||e.type===`checkboxes`||e.type===`boolean`||e.type===`consent`||e.type===`datepicker`,c=`field ${o?`invalid`:``}`;if(s)return q`<fieldset
      class=${c}
      part="field"
      role=${e.type===`datepicker`?`group`:J}
      aria-describedby=${Ru(r&&`${n}-hint`,o&&`${n}-error`)}
    >
      <legend class="label" part="label">${e.type===`consent`?t.t(`consent.legend`):e.name}</legend>
      ${i}${a}${Bu(e,n,t)}
    </fieldset>`;let l=Nu(e),u=Ru(r&&`${n}-hint`,o&&`${n}-error`,l&&`${n}-unit`),d=typeof t.raw==`string`?t.raw:``,f;if(e.type===`text`)f=q`<textarea id=${n} class="input" part="input" rows="5" data-q=${e.form_question_id} data-kind="text"
      ?required=${!!e.required} ?disabled=${t.disabled} aria-invalid=${o} aria-describedby=${u} .value=${d}></textarea>`;else if(e.type===`dropdown`)f=q`<select id=${n} class="input" part="input" data-q=${e.form_question_id} data-kind="select"
      ?required=${!!e.required} ?disabled=${t.disabled} aria-invalid=${o} aria-describedby=${u} .value=${d}>
      <option value="" ?selected=${!d}>${t.t(`select.placeholder`)}</option>
      ${(e.options??[]).map(e=>q`<option value=${e.value} ?selected=${e.value===d}>${e.label}</option>`)}
    </select>`;else{let r=e.type===`integer`;f=q`<input id=${n} class="input ${r?`number`:``}" part="input" type="text" data-q=${e.form_question_id}
      data-kind="text" inputmode=${r?`numeric`:J}
      ?required=${!!e.required} ?disabled=${t.disabled} aria-invalid=${o} aria-describedby=${u} .value=${d} />`}return q`<div class=${c} part="field">
    <label class="label" part="label" for=${n}>${e.name}</label>
    ${i}${a}
    <div class="control">${f}${l?q`<span class="unit" part="unit" id="${n}-unit">${l}</span>`:J}</div>
    ${t.extra??J}
  </div>`}function Bu(e,t,n){let r=e.form_question_id,i=!!n.error;if(e.type===`datepicker`){let e=wu(n.raw)?n.raw:Cu;return q`<div class="date">
      ${Iu.map(i=>q`<div class="date-part">
          <label class="date-label" for="${t}-${i}">${n.t(`date.${i}`)}</label>
          <input id="${t}-${i}" class="input ${i}" part="input" type="text" inputmode="numeric" spellcheck="false"
            data-q=${r} data-kind=${i} ?disabled=${n.disabled} aria-invalid=${!!n.error?.parts?.includes(i)} .value=${e[i]} />
        </div>`)}
    </div>`}if(e.type===`consent`)return q`<div class="choices">
      <div class="choice">
        <input id="${t}" type="checkbox" data-q=${r} data-kind="consent" ?required=${!!e.required} ?disabled=${n.disabled}
          aria-invalid=${i} .checked=${n.raw===!0} />
        <label for="${t}">${e.name}</label>
      </div>
    </div>`;let a=e.type===`checkboxes`,o=e.type===`boolean`?[{label:n.t(`yes`),value:`true`},{label:n.t(`no`),value:`false`}]:e.options??[],s=e=>Array.isArray(n.raw)?n.raw.includes(e):String(n.raw)===e;return q`<div class="choices ${e.type===`boolean`?`inline`:``}">
    ${o.map((o,c)=>q`<div class="choice">
        <input id="${t}-${c}" type=${a?`checkbox`:`radio`} name=${t} value=${o.value} data-q=${r}
          data-kind=${a?`check`:e.type===`boolean`?`bool`:`radio`} ?required=${!a&&!!e.required}
          ?disabled=${n.disabled} aria-invalid=${i} .checked=${s(o.value)} />
        <label for="${t}-${c}">${o.label}</label>
      </div>`)}
  </div>`}async function Vu(e,t,n,r,i){let[a,o]=await Promise.all([r??e.get(`/v1/forms/{id}`,{path:{id:t},signal:i}),n?e.get(`/v1/form_submission_response/{id}`,{path:{id:n},signal:i}):void 0]);return{form:a,saved:o&&new Map(o.fields.map(e=>[e.form_question_id,e.value]))}}function Hu(e,t,n,r){let i={answers:r.answers,status:r.status};return r.patientId&&(i.patient_id=r.patientId),r.appointmentId&&(i.appointment_id=r.appointmentId),n?e.post(`/v1/forms/response/{id}`,{path:{id:n},body:i}):e.post(`/v1/forms/{id}/response`,{path:{id:t},body:i})}var Uu=ns`:host{--_gap:var(--hero-form-renderer-gap,var(--hero-space-l,1.5rem));--_input-border:var(--hero-form-renderer-input-border-color,var(--hero-color-border-strong,#4c6272));--_error:var(--hero-form-renderer-error-color,var(--hero-color-danger,#d5281b));--_accent:var(--hero-form-renderer-accent-color,var(--hero-color-primary,#005eb8));--_panel-bg:var(--hero-form-renderer-panel-background,var(--hero-color-success,#007f3b));--_panel-fg:var(--hero-form-renderer-panel-color,var(--hero-color-on-primary,#ffffff));max-width:var(--hero-form-renderer-max-width,40rem);overflow-wrap:break-word}.base,form,.fields,.header,.review{display:grid;gap:var(--_gap)}.header{gap:var(--hero-space-s,0.5rem)}h2,h3,h4,ul,.error-summary{margin:0}h2{font-size:var(--hero-font-size-xl,1.5rem)}h3{font-size:var(--hero-font-size-l,1.1875rem)}[tabindex='-1']:not(.error-summary):focus{outline:none}.pre,.paragraph{white-space:pre-line}.field{justify-items:start}.control{display:flex;flex-wrap:wrap;align-items:center;gap:var(--hero-space-s,0.5rem);width:100%}.input{max-width:30em}textarea.input{resize:vertical}.input.number{max-width:6em;font-variant-numeric:tabular-nums}.input:focus-visible{box-shadow:inset 0 0 0 2px var(--hero-color-text,#212b32)}.input:disabled{opacity:0.6}.date{display:flex;flex-wrap:wrap;gap:var(--hero-space-m,1rem)}.date-part{display:grid}.date .input{width:3.5em}.date .year{width:5em}.choices{display:grid;gap:var(--hero-space-xs,0.25rem)}.choices.inline{display:flex;flex-wrap:wrap;column-gap:var(--hero-space-l,1.5rem)}.field.invalid .choice input{outline:2px solid var(--_error);outline-offset:1px}.bmi{display:grid;gap:var(--hero-space-s,0.5rem);justify-items:start;padding:var(--hero-space-s,0.5rem) var(--hero-space-m,1rem);border-inline-start:4px solid var(--_accent);background:var(--hero-color-info-surface,#e8f1fa)}.actions{display:flex;flex-wrap:wrap;gap:var(--hero-space-s,0.5rem) var(--hero-space-m,1rem);align-items:center}.back{justify-self:start}.back::before{content:'‹ '}.progress{display:grid;gap:var(--hero-space-xs,0.25rem);color:var(--hero-color-text-muted,#4c6272)}progress{width:100%;height:0.5rem;accent-color:var(--_accent)}.notice{display:grid;gap:var(--hero-space-s,0.5rem);padding:var(--hero-space-m,1rem);border:4px solid var(--hero-color-success,#007f3b);border-radius:var(--hero-radius-s,0.25rem)}.error-summary{border-color:var(--_error)}.panel{display:grid;gap:var(--hero-space-s,0.5rem);padding:var(--hero-space-l,1.5rem);border-radius:var(--hero-radius-m,0.5rem);background:var(--_panel-bg);color:var(--_panel-fg)}.panel h3{font-size:var(--hero-font-size-xl,1.5rem)}.section{margin-block-start:var(--hero-space-s,0.5rem)}.row{display:grid;grid-template-columns:minmax(0,2fr) minmax(0,2fr) auto;gap:var(--hero-space-xs,0.25rem) var(--hero-space-m,1rem);padding-block:var(--hero-space-s,0.5rem);border-block-end:1px solid var(--hero-color-border,#828e96)}dt{font-weight:var(--hero-font-weight-bold,600)}.row a{display:inline-flex;align-items:center;min-height:var(--hero-target-size,2.75rem)}@media (max-width:40em){.row{grid-template-columns:minmax(0,1fr)}}.status:empty{display:none}.spinner{margin-inline-end:var(--hero-space-s,0.5rem)}@media (forced-colors:active){.notice,.panel,.bmi{border:2px solid CanvasText}}



































































































































































































`,Wu={...Object.fromEntries(Object.entries(zl).map(([e,t])=>[`problem.${e}`,t.replace(`{label_lower}`,`{subject_lower}`).replace(`{label}`,`{subject}`)])),"problem.question":`your answer to ‘{label}’`,"problem.required.enter":`Enter {subject_lower}`,"problem.required.select":`Select {subject_lower}`,"problem.consent":`You must agree to ‘{label}’`,"problem.whole_number":`{subject} must be a whole number`,"problem.between":`{subject} must be between {min} and {max}`,"problem.min":`{subject} must be {min} or more`,"problem.max":`{subject} must be {max} or less`,"error.prefix":`Error:`,yes:`Yes`,no:`No`,"date.hint":`For example, 27 3 2007`,"date.day":`Day`,"date.month":`Month`,"date.year":`Year`,"select.placeholder":`Select an option`,"consent.legend":`Your agreement`,"bmi.offer":`From your height and weight, your BMI is {bmi}.`,"bmi.use":`Use {value} as your BMI`,"bmi.info":`From your height and weight, your body mass index (BMI) is {bmi} kg/m².`,"loading.form":`Loading the form…`,empty:`This form has no questions yet. If you expected some, contact the practice.`,progress:`Page {page} of {pages}`,back:`Back`,continue:`Continue`,submit:`Submit`,submitting:`Sending your answers…`,"draft.save":`Save and continue later`,"draft.saving":`Saving your answers…`,"draft.saved.title":`Your answers have been saved`,"draft.saved.text":`You can leave now and come back later to finish.`,"draft.failed":`Your answers could not be saved.`,"submit.failed":`Your answers could not be sent. They are still here.`,"error.conflict.submitted":`These answers have already been sent.`,"review.title":`Check your answers before sending them`,"review.none":`Not answered`,"review.agreed":`Agreed`,"review.not_agreed":`Not agreed`,change:`Change`,"submitted.title":`Form sent`,"submitted.text":`Thank you. Your answers have been sent.`};function Gu(e,t){let n=e.filter(Su).length;if(!(t>0)||n<=t)return[[...e]];let r=Ku(e,(e,t)=>e.type===`paragraph`&&t.some(Su));if(r.length>=2)return r;let i=0;return Ku(e,(e,n)=>!Su(e)&&e.type!==`paragraph`?!1:i===t?(i=+!!Su(e),n.length>0):(Su(e)&&i++,!1))}function Ku(e,t){let n=[],r=[];for(let i of e)t(i,r)&&(n.push(r),r=[]),r.push(i);if(r.length){let e=n[n.length-1];e&&!r.some(Su)?e.push(...r):n.push(r)}return n}function qu(e,t){return e==null?!1:Array.isArray(e)?e.includes(String(t)):e===t||String(e)===String(t)}function Ju(e,t){let n=new Map(e.map(e=>[e.form_question_id,e])),r=new Map,i=(e,a)=>{let o=r.get(e.form_question_id);if(o!==void 0)return o;let s=e.show_if,c=!0;if(s){let r=n.get(s.form_question_id);c=!!r&&!a.has(r.form_question_id)&&i(r,new Set(a).add(e.form_question_id))&&qu(Eu(r,t[r.form_question_id]),s.equals)}return r.set(e.form_question_id,c),c};for(let t of e)i(t,new Set([t.form_question_id]));return r}var Yu=-1,Xu=class extends ru{static{this.styles=[jl,Ml,Uu]}static{this.translations={"en-GB":Wu}}static{this.translationKey=`formRenderer`}static{this.properties={formId:{attribute:`form-id`},patientId:{attribute:`patient-id`},appointmentId:{attribute:`appointment-id`},responseId:{attribute:`response-id`},pageSize:{type:Number,attribute:`page-size`},schema:{attribute:!1},model:{state:!0},given:{state:!0},view:{state:!0},page:{state:!0},errors:{state:!0},summary:{state:!0},busy:{state:!0},failure:{state:!0},saved:{state:!0}}}constructor(){super(),this.load=new Zc(this,{task:async([e,t,n],{signal:r})=>{if(!n&&!e)throw new X(`validation`,`Set form-id to choose the form to show.`);return Vu(n&&!t?void 0:this.requireClient(),e,t,n,r)},args:()=>[this.formId??``,this.responseId??``,this.schema,!!this.client],onComplete:e=>this.adopt(e),onError:e=>void this.reportError(e)}),this.initial={},this.attempted=new Set,this.returnToReview=!1,this.tr=(e,t)=>this.t(e,t),this.given={},this.view=`form`,this.page=0,this.errors={},this.summary=!1,this.saved=!1,this.pageSize=20,this.addEventListener(`invalid`,()=>{this.view!==`done`&&this.model&&this.check(this.shownQuestions(),!1,!1)})}updated(e){super.updated(e);let t=this.internals;if(e.has(`given`)||e.has(`model`)){let e=new FormData;for(let t of this.answers)for(let n of[t.value].flat())e.append(t.form_question_id,String(n));t.setFormValue(this.model?e:null)}let n;if(this.model&&this.view!==`done`)for(let e of this.shownQuestions()){let t=ku(e,this.given[e.form_question_id]);if(t){n=[e,t];break}}if(n){let[e,r]=n,i=r.code.startsWith(`required`)||r.code===`consent`||r.code===`date.required`,a=this.renderRoot.getElementById(Lu(e,r.parts))??this.renderRoot.querySelector(`[data-q], button`)??void 0;t.setValidity(i?{valueMissing:!0}:{customError:!0},this.message(e,r),a)}else t.setValidity({});let r={busy:!!this.busy||this.load.status===Q.PENDING,invalid:!!n,review:this.view===`review`,submitted:this.view===`done`};this.setStates(r)}formResetCallback(){this.view!==`done`&&(this.given={...this.initial},this.saved=!1,this.failure=void 0,this.showPage(this.step(-1,0)??0,!1))}handleInput(e){let t=e.target,{q:n,kind:r}=t.dataset;if(e.type===`change`&&this.dispatchEvent(new Event(`change`,{bubbles:!0})),!n||!r||e.type===`change`===(r===`text`||Zu.has(r)))return;let i=this.given[n],a;if(Zu.has(r))a={...wu(i)?i:Cu,[r]:t.value};else if(r===`bool`)a=t.value===`true`;else if(r===`consent`)a=t.checked;else if(r===`check`){let e=Array.isArray(i)?i.filter(e=>e!==t.value):[];a=t.checked?[...e,t.value]:e}else a=t.value;this.setAnswer(n,a)}handleSubmit(e){if(e.preventDefault(),this.busy||this.isDisabled||!this.model)return;if(this.view===`review`||this.pages.length===1){this.send(`submitted`);return}if(!this.check(this.questionsOn(this.page)))return;let t=this.returnToReview?void 0:this.step(1);t===void 0?this.showReview():this.showPage(t)}handleBack(){let e=this.view===`review`?this.step(-1,this.pages.length):this.step(-1);e!==void 0&&this.showPage(e)}handleFieldLink(e){let t=e.target.closest(`a`);if(!t)return;e.preventDefault();let n=t.getAttribute(`href`)?.slice(1),r=this.model?.fields.find(e=>n===Lu(e)||n===Lu(e,this.errors[e.form_question_id]?.parts));if(!r)return;let i=r.form_question_id,a=this.pages.findIndex(e=>e.includes(r));this.view===`review`&&(this.returnToReview=!0),(this.view!==`form`||a!==this.page)&&(this.view=`form`,this.page=a,this.summary=this.summary&&Object.keys(this.errors).some(e=>this.pages[a]?.some(t=>t.form_question_id===e)),this.attempted.add(a)),this.focusOn(`#${CSS.escape(Lu(r,this.errors[i]?.parts))}`)}get answers(){let e=[];for(let t of this.shownQuestions()){let n=Eu(t,this.given[t.form_question_id]);n!==void 0&&e.push({form_question_id:t.form_question_id,value:n})}return e}get pages(){let e=this.model?.fields??[],t=this.pageCache;if(t?.fields===e&&t.size===this.pageSize)return t.pages;let n=Gu(e,this.pageSize);return this.pageCache={fields:e,size:this.pageSize,pages:n},n}get shown(){let e=this.model?.fields??[],t=this.shownCache;if(t?.given===this.given&&t.fields===e)return t.shown;let n=Ju(e,this.given);return this.shownCache={given:this.given,fields:e,shown:n},n}shownQuestions(e=this.model?.fields??[]){let t=this.shown;return e.filter(e=>Su(e)&&t.get(e.form_question_id))}questionsOn(e){return this.shownQuestions(this.pages[e]??[])}step(e,t=this.page){for(let n=t+e;n>=0&&n<this.pages.length;n+=e)if(this.questionsOn(n).length)return n}adopt({form:e,saved:t}){let n=e.fields.filter(e=>xu.has(e.type));this.model={form:e,fields:n};let r=`${e.id} ${this.responseId??``}`;if(r!==this.loadedKey){this.loadedKey=r;let i={};for(let e of n){let n=Du(e,t?.get(e.form_question_id));n!==void 0&&(i[e.form_question_id]=n)}this.initial=i,this.given={...i},this.savedId=this.responseId||void 0,this.saved=!1,this.failure=void 0,this.showPage(this.step(1,-1)??0,!1);let a=e.fields.length-n.length;a&&this.reportError(new X(`validation`,`Left out ${a} form field(s) of an unknown type.`))}this.markReady()}setAnswer(e,t){this.given={...this.given,[e]:t},this.saved=!1;let n=this.model?.fields.find(t=>t.form_question_id===e);if(n&&this.attempted.has(this.view===`review`?Yu:this.page)){let r={...this.errors},i=ku(n,t);i?r[e]=i:delete r[e],this.errors=r}}check(e,t=!1,n=!0){let r={};for(let n of e){let e=ku(n,this.given[n.form_question_id],t);e&&(r[n.form_question_id]=e)}return this.errors=r,this.attempted.add(this.view===`review`?Yu:this.page),this.summary=Object.keys(r).length>0,this.summary&&n&&this.focusOn(`#error-summary`),!this.summary}showPage(e,t=!0){this.view=`form`,this.page=e,this.errors={},this.summary=!1,this.returnToReview=!1,t||this.attempted.clear(),t&&this.focusOn(this.pages.length>1?`#progress-text`:`#title`)}showReview(){this.view=`review`,this.errors={},this.summary=!1,this.returnToReview=!1,this.focusOn(`#review-title`)}async send(e){let t=this.model;if(this.busy||this.isDisabled||!t||this.view===`done`||!this.check(this.shownQuestions(),e===`draft`))return;this.busy=e,this.failure=void 0,this.saved=!1;let n=this.answers;try{let r=await Hu(this.requireClient(),t.form.id,this.savedId,{answers:n,status:e,...this.patientId?{patientId:this.patientId}:{},...this.appointmentId?{appointmentId:this.appointmentId}:{}});if(this.savedId=r.id,e===`draft`){this.saved=!0,this.focusOn(`#draft-saved`);let e={form_id:t.form.id,response_id:r.id};this.emit(`hero-form-draft`,e)}else{this.view=`done`,this.focusOn(`#confirmation`);let e={form_id:t.form.id,response_id:r.id,answers:n};this.emit(`hero-form-submit`,e)}}catch(t){this.failure={action:e,error:this.reportError(t)??bc(t)}}finally{this.busy=void 0}}message(e,t){return this.t(ju(t),Au(e,e=>this.t(`problem.question`,{label:e})))}computedBmi(e){let t=t=>e.find(e=>e.observation_type===t),n=t(`height`),r=t(`weight`),i=e=>{let t=e&&Eu(e,this.given[e.form_question_id]);return typeof t==`number`?t:void 0},a=Pu(i(n),i(r));if(a===void 0||!n||!r)return;let o=t(`body_mass_index`);return o?{value:a,bmiField:o}:{value:a,after:e.indexOf(n)>e.indexOf(r)?n:r}}formatNumber(e){return e.toLocaleString(this.locale)}renderQuestions(e){let t=this.shown,n=e.filter(e=>t.get(e.form_question_id)),r=this.computedBmi(this.shownQuestions());return n.map(e=>{let t=e.form_question_id,n=this.errors[t],i;if(r?.bmiField===e){let n=Fu(e,r.value);i=q`<div class="bmi" part="bmi">
          <p>${this.t(`bmi.offer`,{bmi:this.formatNumber(r.value)})}</p>
          ${this.given[t]===n?J:q`<button type="button" class="button secondary" part="bmi-button" ?disabled=${this.isDisabled}
                @click=${()=>{this.setAnswer(t,n),this.focusOn(`#${CSS.escape(`q-${t}`)}`)}}>
                ${this.t(`bmi.use`,{value:this.formatNumber(Number(n))})}
              </button>`}
        </div>`}else r?.after===e&&(i=q`<p class="bmi" part="bmi">${this.t(`bmi.info`,{bmi:this.formatNumber(r.value)})}</p>`);return zu(e,{t:this.tr,raw:this.given[t],error:n&&{message:this.message(e,n),parts:n.parts},disabled:this.isDisabled,extra:i})})}renderAnswer(e){let t=Eu(e,this.given[e.form_question_id]);if(e.type===`consent`)return this.t(t?`review.agreed`:`review.not_agreed`);if(t==null)return this.t(`review.none`);let n=t=>e.options?.find(e=>e.value===t)?.label??t;switch(e.type){case`boolean`:return this.t(t?`yes`:`no`);case`datepicker`:return Ql(String(t),this.locale);case`integer`:return[this.formatNumber(Number(t)),Nu(e)].filter(Boolean).join(` `);case`radio`:case`dropdown`:return n(String(t));case`checkboxes`:return[t].flat().map(String).map(n).join(`
`);default:return String(t)}}reviewGroups(){let e=[],t=this.pages.length>1&&this.pages.slice(1).every(e=>e[0]?.type===`paragraph`);for(let n of this.pages){let r=this.shownQuestions(n);if(!r.length)continue;let i=t&&n[0]?.type===`paragraph`?n[0].name.split(`
`)[0]??``:``,a=e[e.length-1];a&&!i?a.questions.push(...r):e.push({heading:i,questions:r})}return e}renderReview(){return q`<section class="review" part="review" aria-labelledby="review-title">
      <h3 id="review-title" tabindex="-1">${this.t(`review.title`)}</h3>
      ${this.reviewGroups().map(({heading:e,questions:t})=>q`${e?q`<h4 class="section">${e}</h4>`:J}
          <dl class="summary-list" part="summary-list">
            ${t.map(e=>q`<div class="row">
                <dt>${e.name}</dt>
                <dd class="pre">${this.renderAnswer(e)}</dd>
                <dd>
                  <a href="#${Lu(e)}" part="change-link"
                    >${this.t(`change`)}<span class="visually-hidden"> ${e.name}</span></a
                  >
                </dd>
              </div>`)}
          </dl>`)}
    </section>`}renderFailure(){let e=this.failure;if(!e)return J;let{action:t,error:n}=e,r=t===`submitted`&&n.code===`conflict`;return q`<div class="message error" role="alert" part="error">
      <p><strong>${this.t(t===`draft`?`draft.failed`:`submit.failed`)}</strong></p>
      <p>${this.t(r?`error.conflict.submitted`:`error.${n.code}`)}</p>
      ${r?J:q`<button type="button" class="button secondary" part="retry-button" @click=${()=>void this.send(t)}>
            ${this.t(`retry`)}
          </button>`}
    </div>`}renderForm(e){let{form:t}=e,n=this.pages.length>1,r=this.view===`review`,i=t.patient_description??(t.patient_title?null:t.description),a=q`<header class="header" part="header">
      <h2 id="title" tabindex="-1" part="title">${t.patient_title||t.title}</h2>
      ${i?q`<p class="pre" part="description">${i}</p>`:J}
    </header>`;if(this.view===`done`)return q`${a}
        <div class="panel" part="confirmation" id="confirmation" tabindex="-1">
          <h3>${this.t(`submitted.title`)}</h3>
          <p class="pre">${t.confirmation_message||this.t(`submitted.text`)}</p>
        </div>`;if(!e.fields.some(Su))return q`${a}
        <p class="message" part="empty">${this.t(`empty`)}</p>`;let o=this.step(1,-1)??0,s=n&&!r,c=e=>this.busy===e?`true`:`false`;return q`${a}
      ${this.saved?q`<div class="notice" part="draft-saved" id="draft-saved" tabindex="-1">
            <h3>${this.t(`draft.saved.title`)}</h3>
            <p>${this.t(`draft.saved.text`)}</p>
          </div>`:J}
      ${this.summary?this.renderErrorSummary(this.shownQuestions().flatMap(e=>{let t=this.errors[e.form_question_id];return t?[{target:Lu(e,t.parts),message:this.message(e,t)}]:[]}),3):J}
      <form part="form" novalidate autocomplete="off" @submit=${this.handleSubmit} @input=${this.handleInput} @change=${this.handleInput}>
        ${r&&n||!r&&this.page>o?q`<button type="button" class="back" part="back-button" @click=${this.handleBack}>${this.t(`back`)}</button>`:J}
        ${r?this.renderReview():q`${n?q`<div class="progress" part="progress">
                    <span id="progress-text" tabindex="-1">${this.t(`progress`,{page:this.page+1,pages:this.pages.length})}</span>
                    <progress max=${this.pages.length} .value=${this.page+1} aria-labelledby="progress-text"></progress>
                  </div>`:J}
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
          ${this.busy?q`<span class="spinner"></span>${this.t(this.busy===`draft`?`draft.saving`:`submitting`)}`:J}
        </p>
        ${this.renderFailure()}
      </form>`}render(){let e=this.load.status===Q.PENDING,t=()=>q`<p class="status" part="status" role="status"><span class="spinner"></span>${this.t(`loading.form`)}</p>`;return q`<div class="base" part="base" aria-busy=${e?`true`:`false`} @click=${this.handleFieldLink}>
      ${this.load.render({initial:t,pending:t,complete:()=>this.model?this.renderForm(this.model):t(),error:e=>this.renderError(e,()=>void this.load.run())})}
    </div>`}},Zu=new Set(Object.keys(Cu));customElements.get(`hero-form-renderer`)||customElements.define(`hero-form-renderer`,Xu);var Qu=/\{\{\s*([A-Za-z][A-Za-z0-9_]*)\s*\}\}/g;function $u(e,t){let n=e[t];return typeof n==`string`&&n.trim()!==``?n:void 0}function ed(e,t){let n=[],r=[],i=``,a=``,o=0;for(let s of e.matchAll(Qu)){let c=s.index,l=s[1].toLowerCase(),u=$u(t,l);a+=e.slice(o,c),o=c+s[0].length,u===void 0?(a&&n.push({text:a}),i+=a+s[0],a=``,n.push({text:s[0],name:l}),r.includes(l)||r.push(l)):a+=u}return a+=e.slice(o),a&&n.push({text:a}),i+=a,{text:i,unfilled:r,parts:n}}function td(e,t={}){let n={},r=(e,t)=>{t&&t.trim()&&(n[e]=t.trim())};e&&(r(`title`,e.title),r(`first_name`,e.first_name),r(`last_name`,e.last_name),r(`name`,[e.first_name,e.last_name].filter(Boolean).join(` `)),r(`full_name`,[e.title,e.first_name,e.last_name].filter(Boolean).join(` `)));for(let[e,n]of Object.entries(t))r(e.toLowerCase(),n);return n}var nd=`@£$¥èéùìòÇ
Øø\rÅåΔ_ΦΓΛΩΠΨΣΘΞÆæßÉ !"#¤%&'()*+,-./0123456789:;<=>?¡ABCDEFGHIJKLMNOPQRSTUVWXYZÄÖÑÜ§¿abcdefghijklmnopqrstuvwxyzäöñüà`,rd=`^{}\\[~]|€\f`,id=(()=>{let e=new Uint8Array(8365);for(let t of nd)e[t.charCodeAt(0)]=1;for(let t of rd)e[t.charCodeAt(0)]=2;return e})(),ad={gsm7:{single:160,multi:153},ucs2:{single:70,multi:67}};function od(e){return e<8365?id[e]??0:0}function sd(e,t){let n=e.charCodeAt(t);if(n<55296||n>56319)return!1;let r=e.charCodeAt(t+1);return r>=56320&&r<=57343}function cd(e,t,n){let r=1,i=0;for(let a=0;a<e.length;){let o=n&&sd(e,a),s=n?o?2:1:od(e.charCodeAt(a));i+s>t&&(r++,i=0),i+=s,a+=o?2:1}return[r,i]}function ld(e){let t=0,n,r=0;for(let i=0;i<e.length;i++){let a=e.charCodeAt(i);r++;let o=od(a);if(o){t+=o;continue}let s=e[i];sd(e,i)&&(s=e.slice(i,i+2),i++),n??=[],n.includes(s)||n.push(s)}if(n){let t=ad.ucs2,i=e.length;if(i<=t.single)return{encoding:`ucs2`,characters:r,units:i,segments:1,perSegment:t.single,remaining:t.single-i,nonGsm:n};let[a,o]=cd(e,t.multi,!0);return{encoding:`ucs2`,characters:r,units:i,segments:a,perSegment:t.multi,remaining:t.multi-o,nonGsm:n}}let i=ad.gsm7;if(t<=i.single)return{encoding:`gsm7`,characters:r,units:t,segments:+!!t,perSegment:i.single,remaining:i.single-t,nonGsm:[]};let[a,o]=cd(e,i.multi,!1);return{encoding:`gsm7`,characters:r,units:t,segments:a,perSegment:i.multi,remaining:i.multi-o,nonGsm:[]}}var ud={"‘":`'`,"’":`'`,"‚":`'`,"′":`'`,"“":`"`,"”":`"`,"„":`"`,"″":`"`,"–":`-`,"—":`-`,"‐":`-`,"‑":`-`,"−":`-`,"…":`...`,"\xA0":` `," ":` `," ":` `,"	":` `};function dd(e){return e.filter(e=>e in ud)}function fd(e){let t=``;for(let n of e)t+=ud[n]??n;return t}function pd(e){let t=e.trim();if(!/^\+?[\d\s().-]+$/.test(t))return;let n=t.startsWith(`+`);t=t.replace(/\(0\)/,``).replace(/\D/g,``),n&&(t=`00${t}`);let r;if(t.startsWith(`0044`))r=t.slice(4).replace(/^0/,``);else if(!n&&t.length===12&&t.startsWith(`44`))r=t.slice(2);else if(!n&&/^0[1-9]/.test(t))r=t.slice(1);else return;return/^7\d{9}$/.test(r)?`+44${r}`:void 0}function md(e){let t=pd(e);return t?`0${t.slice(3,7)} ${t.slice(7)}`:e}function hd(e){let t=e.trim();if(t.length>254)return!1;let n=/^([^\s@]+)@([^\s@]+)$/.exec(t);if(!n)return!1;let[,r=``,i=``]=n;if(r.length>64||r.startsWith(`.`)||r.endsWith(`.`)||r.includes(`..`)||!/^[A-Za-z0-9!#$%&'*+/=?^_`{|}~.-]+$/.test(r))return!1;let a=i.split(`.`);return a.length<2?!1:a.every(e=>/^[A-Za-z0-9\u00a1-\uffff]([A-Za-z0-9\u00a1-\uffff-]{0,61}[A-Za-z0-9\u00a1-\uffff])?$/.test(e))&&/[A-Za-z\u00a1-\uffff]{2,}$/.test(i)}var gd=[`sms`,`email`,`nhs_app`,`hero`];function _d(e){let t=[...new Set((e??``).toLowerCase().split(/[\s,]+/))].filter(e=>gd.includes(e));return t.length?t:[...gd]}function vd(e){let t=e.mobile?.trim(),n=(e.email??e.emails?.[0])?.trim(),r=t?pd(t):void 0,i=(t,n,r)=>t?e.restricted?{state:`hidden`}:n?{state:`ok`,value:n,display:r}:{state:`invalid`}:{state:`none`};return{sms:i(t,r,r?md(r):``),email:i(n,n&&hd(n)?n:void 0,n??``),nhs_app:e.nhs_number?{state:`ok`,value:``,display:``}:{state:`none`},hero:{state:`ok`,value:``,display:``}}}function yd(e,t){return e.find(e=>t[e].state===`ok`||t[e].state===`hidden`)??e[0]??`sms`}function bd(e=`sms`){return{channel:e,template:``,text:``,subject:``,recipients:{sms:``,email:``},fallback:``,schedule:!1,date:``,time:``,record:!1,snomedCode:``,snomedTerm:``,assign:!1,assignee:``}}var xd=[`channel`,`recipient`,`subject`,`text`,`fallback`,`fallback-recipient`,`send-date`,`send-time`,`snomed-code`,`snomed-term`,`assignee`],Sd=/^([01]\d|2[0-3]):([0-5]\d)$/,Cd=/^\d{6,18}$/;function wd(e){let t=Sd.exec(e.time.trim()),n=e.date.trim();if(t&&pl(n))return ml(n,Number(t[1])*60+Number(t[2]))}function Td(e,t,n){let r=t.trim();return r?e===`sms`?pd(r)??{key:`error.sms.format`}:hd(r)?r:{key:`error.email.format`}:n.state===`ok`?n.value:n.state===`hidden`?null:{key:`error.${e}.${n.state===`invalid`?`recordInvalid`:`none`}`}}var Ed=e=>typeof e==`object`&&!!e;function Dd(e,t){return`${e.trim()}\n\n${t}`}function Od(e,t){return ed(e.text,t)}function kd(e,t,n){let r={},{channel:i}=e,a=Od(e,n.values),o={patient_id:t,message_type:i,message_string:a.text};if(n.channels.includes(i)||(r.channel={key:`error.channel.required`}),i===`sms`||i===`email`){let t=Td(i,e.recipients[i],n.contacts[i]);Ed(t)?r.recipient=t:t&&(o.recipient_contact_detail=t)}else n.contacts[i].state!==`ok`&&(r.channel={key:`error.${i}.none`});if(i===`email`&&(e.subject.trim()?o.message_string=Dd(e.subject,a.text):r.subject={key:`error.subject.required`}),e.text.trim()?a.unfilled.length&&(r.text={key:`error.text.unfilled`,vars:{count:a.unfilled.length,names:a.unfilled.map(e=>`{{${e}}}`).join(`, `)}}):r.text={key:`error.text.required`},e.fallback){if(e.fallback===i||!n.channels.includes(e.fallback))r.fallback={key:`error.fallback.channel`};else{let t=Td(e.fallback,e.recipients[e.fallback],n.contacts[e.fallback]);Ed(t)?r[`fallback-recipient`]=t:(o.fallback_message_type=e.fallback,t&&(o.fallback_contact_detail=t))}}if(e.schedule){pl(e.date.trim())||(r[`send-date`]={key:e.date.trim()?`error.date.format`:`error.date.required`}),Sd.test(e.time.trim())||(r[`send-time`]={key:e.time.trim()?`error.time.format`:`error.time.required`});let t=wd(e);t!==void 0&&(t<=n.now?r[`send-time`]={key:`error.time.past`}:o.send_at=new Date(t).toISOString())}if(e.record){o.write_to_record=!0;let t=e.snomedCode.trim(),n=e.snomedTerm.trim();t&&!Cd.test(t)?r[`snomed-code`]={key:`error.snomed.format`}:t&&(o.snomed_code=t),n&&(o.snomed_term=n)}if(e.assign){let t=n.assignees?.get(e.assignee);!t||t.value===null?r.assignee={key:`error.assignee.required`}:(t.type===`Admin`||t.type===`AdminTeam`)&&(o.assignee_id=t.value,o.assignee_type=t.type)}return Object.keys(r).length?{errors:r}:{errors:r,request:o}}var Ad={message_type:`channel`,recipient_contact_detail:`recipient`,message_string:`text`,fallback_message_type:`fallback`,fallback_contact_detail:`fallback-recipient`,send_at:`send-time`,snomed_code:`snomed-code`,snomed_term:`snomed-term`,assignee_id:`assignee`,assignee_type:`assignee`},jd=new Set([`delivered`,`declined`,`fatal`]);function Md(e,t){return t[Math.min(e,t.length-1)]??2e3}var Nd=ns`:host{--_gap:var(--hero-message-composer-gap,var(--hero-space-l,1.5rem));--_line:var(--hero-border-width,1px) solid var(--hero-color-border,#d8dde0);max-width:var(--hero-message-composer-max-width,40rem)}.base,form,.review,.options,.reveal{display:flex;flex-direction:column;gap:var(--_gap)}fieldset.plain{display:contents}.choice label,h2,h3,dt{font-weight:var(--hero-font-weight-bold,600)}legend.label{margin-block-end:var(--hero-space-s,0.5rem);font-size:var(--hero-font-size-l,1.1875rem)}h2,h3{margin:0;font-size:var(--hero-font-size-l,1.1875rem);line-height:1.3}h2:focus:not(:focus-visible){outline:none}.patient{display:flex;flex-wrap:wrap;gap:var(--hero-space-xs,0.25rem) var(--hero-space-m,1rem);padding-block-end:var(--hero-space-s,0.5rem);border-block-end:var(--_line)}.short{max-width:14em}input[type='date'],input[type='time']{width:auto}textarea.input{min-height:var(--hero-message-composer-textarea-min-height,8rem);resize:vertical}input:focus-visible,select:focus-visible,textarea:focus-visible{outline-offset:0;box-shadow:inset 0 0 0 2px currentColor}.choice{display:grid;grid-template-columns:auto 1fr;row-gap:0}.choice .hint{grid-column:2}.reveal{margin-inline-start:0.625rem;padding-inline-start:1.125rem;border-inline-start:4px solid var(--hero-color-border,#d8dde0)}.row,.actions{display:flex;flex-wrap:wrap;gap:var(--hero-space-m,1rem)}.counter{display:flex;flex-direction:column;gap:var(--hero-space-2xs,0.125rem)}.counter p:first-child,.card-head{display:flex;flex-wrap:wrap;gap:0 var(--hero-space-s,0.5rem)}.credits.low,.unfilled{color:var(--hero-color-text,#212b32);font-weight:var(--hero-font-weight-bold,600)}.message.warning,.message.success{display:flex;flex-direction:column;align-items:flex-start;gap:var(--hero-space-s,0.5rem)}.message.warning{border-color:var(--hero-color-warning,#ffb81c);background:var(--hero-color-warning-surface,#fff4cc)}.message.success{border-color:var(--hero-color-success,#007f3b);background:var(--hero-color-success-surface,#e6f4ec)}.status.failed strong{color:var(--hero-color-danger,#d5281b)}.note{display:flex;flex-wrap:wrap;align-items:center;gap:var(--hero-space-s,0.5rem)}.preview{display:flex;flex-direction:column;gap:var(--hero-space-s,0.5rem);padding:var(--hero-space-m,1rem);border-radius:var(--hero-radius-m,0.5rem);background:var(--hero-message-composer-preview-background,var(--hero-color-surface-raised,#f0f4f5))}.bubble,.card-body,.pre{white-space:pre-wrap;overflow-wrap:anywhere}.bubble{align-self:flex-start;max-width:min(22rem,100%);padding:var(--hero-space-s,0.5rem) var(--hero-space-m,1rem);border-radius:1.125rem 1.125rem 1.125rem 0.25rem;background:var(--hero-message-composer-bubble-background,#e8edee);color:var(--hero-message-composer-bubble-color,var(--hero-color-text,#212b32));border:var(--_line)}.card{border:var(--_line);border-radius:var(--hero-radius-m,0.5rem);background:var(--hero-color-surface,#ffffff)}.card-head{padding:var(--hero-space-s,0.5rem) var(--hero-space-m,1rem);border-block-end:var(--_line)}.card-body{padding:var(--hero-space-m,1rem)}mark{padding:0 0.125rem;border-radius:var(--hero-radius-s,0.25rem);background:var(--hero-message-composer-placeholder-background,var(--hero-color-warning-surface,#fff4cc));color:inherit;outline:2px dashed var(--hero-color-warning,#ffb81c)}.error-summary{margin:0}.row-item{display:grid;grid-template-columns:minmax(7rem,30%) minmax(0,1fr) 4.5rem;gap:var(--hero-space-s,0.5rem);padding-block:var(--hero-space-s,0.5rem);border-block-end:var(--_line)}dd{min-width:0}.link{align-self:start;justify-self:end;min-width:var(--hero-target-size,2.75rem)}form>fieldset>.button{align-self:flex-start}.char{display:inline-block;min-width:1.5em;padding:0 0.25em;border:1px solid var(--hero-color-border-strong,#4c6272);border-radius:var(--hero-radius-s,0.25rem);background:var(--hero-color-surface,#ffffff);text-align:center;font-weight:var(--hero-font-weight-bold,600)}@media (max-width:30rem){.row-item{grid-template-columns:1fr auto}.row-item dd:not(.action){grid-column:1 / -1;grid-row:2}}@media (forced-colors:active){.bubble,.card,.preview{border:1px solid CanvasText}mark{background:Mark;color:MarkText;outline-color:CanvasText}}
































































































































































































































`,Pd=(e,t)=>ko(e,``,t),Fd={"loading.patient":`Loading the patient’s details…`,"loading.templates":`Loading templates…`,"loading.assignees":`Loading people and teams…`,"noPatient.title":`No patient chosen`,"noPatient.text":`Choose a patient first, then write your message.`,"patient.nhsNumber":`NHS number`,"patient.unnamed":`Unnamed patient`,"refuse.deceased":`Messages cannot be sent to this patient: their record shows they died on {date}.`,"refuse.archived":`Messages cannot be sent to this patient because their record is archived. Check that you have the right patient, or restore the record in Hero first.`,"error.prefix":`Error:`,"channel.legend":`How do you want to send it?`,"channel.sms":`Text message (SMS)`,"channel.email":`Email`,"channel.nhs_app":`NHS App`,"channel.hero":`Hero app`,"channel.hint.to":`To {contact}`,"channel.hint.hidden":`To the {kind} on the patient’s record (not shown: restricted record)`,"channel.hint.sms.none":`No mobile number on the patient’s record: you can enter one`,"channel.hint.sms.invalid":`The number on the patient’s record is not a UK mobile: you can enter one`,"channel.hint.email.none":`No email address on the patient’s record: you can enter one`,"channel.hint.email.invalid":`The email address on the patient’s record is not valid: you can enter one`,"channel.hint.nhs_app":`To the patient’s NHS App inbox`,"channel.hint.nhs_app.none":`Not available: the patient’s record has no NHS number`,"channel.hint.hero":`To the patient’s Hero app`,"kind.sms":`mobile number`,"kind.email":`email address`,"recipient.sms":`Mobile number`,"recipient.email":`Email address`,"recipient.hint.record":`From the patient’s record. Change it to send somewhere else this time.`,"recipient.hint.hidden":`Leave blank to use the one on the patient’s record (not shown: restricted record).`,"recipient.hint.sms":`A UK mobile number, like 07700 900123.`,"recipient.hint.email":`Like name@example.com.`,"template.label":`Template (optional)`,"template.none":`No template`,"template.group.user":`Your templates`,"template.group.hero":`Practice templates`,"template.group.external":`Other templates`,"template.hint":`Choosing a template replaces the message. Details like the patient’s name are filled in from their record.`,"template.empty":`There are no templates yet. Write your message below.`,"template.applied":`Template “{name}” added to the message.`,"template.undo":`Undo: put back your previous message`,"template.undone":`Your previous message has been put back.`,"subject.label":`Subject`,"subject.hint":`Shown to the patient as the email’s first line.`,"text.label":`Message`,"text.hint":`Anything in double curly brackets, like {{first_name}}, is filled in from the patient’s record.`,"counter.text":e=>Pd(`{characters} ${Number(e.characters)===1?`character`:`characters`}, ${Number(e.segments)===1?`1 text message`:`{segments} text messages`}`,e),"counter.remaining":Ao(`{count} character left before another text message is needed`,`{count} characters left before another text message is needed`),"counter.fallback":`Counted for the text message sent if {channel} cannot be delivered.`,"unicode.title":`Some characters make this a longer text message`,"unicode.text":`These characters are not in the standard text message alphabet:`,"unicode.effect":`Because of them, each text message holds 70 characters instead of 160.`,"unicode.replace":`Replace curly quotes and dashes with plain ones`,"unicode.replaced":Ao(`{count} character replaced.`,`{count} characters replaced.`),"char.space":`a special space`,"credits.text":`Your practice has {credits} SMS credits.`,"credits.low":`This message needs {segments} SMS credits but your practice has {credits} left.`,"preview.heading":`Preview`,"preview.hint":`As the patient will receive it.`,"preview.empty":`Your message will appear here.`,"preview.unfilled":`(not filled in)`,"preview.from":`From {practice}`,"preview.subject":`Subject:`,"preview.practice":`Your GP practice`,"preview.unfilledList":`Still to fill in: {names}.`,"options.legend":`Options`,"fallback.label":`If it cannot be delivered, send it by`,"fallback.none":`Do not send it another way`,"fallback.recipient.sms":`Mobile number for the text message`,"fallback.recipient.email":`Email address for the email`,"schedule.label":`Send it later`,"schedule.date":`Date`,"schedule.time":`Time`,"schedule.hint":`UK time. For example, {example}.`,"record.label":`Write it to the patient’s record`,"record.hint":`Hero adds it to the GP record, coded with SNOMED CT.`,"snomed.code":`SNOMED code (optional)`,"snomed.codeHint":`6 to 18 digits. Leave blank to use Hero’s default code.`,"snomed.term":`SNOMED term (optional)`,"assign.label":`Assign it to a person or team`,"assign.hint":`They see any reply and follow it up in Hero.`,"assignee.label":`Assign to`,"assignee.choose":`Choose a person or team`,"assignee.teams":`Teams`,"assignee.people":`People`,"assignee.empty":`There is nobody to assign messages to. Ask your Hero administrator to add people or teams.`,continue:`Continue`,checking:`Checking…`,"review.heading":`Check your message before sending`,"review.patient":`Patient`,"review.channel":`Send by`,"review.to":`To`,"review.toHidden":`The {kind} on the patient’s record`,"review.toApp":`The patient’s {channel}`,"review.fallback":`If not delivered`,"review.fallbackValue":`{channel} to {to}`,"review.subject":`Subject`,"review.message":`Message`,"review.length":`Length`,"review.when":`When`,"review.now":`Now`,"review.at":`{day} at {time} (UK time)`,"review.record":`Patient’s record`,"review.recordDefault":`Written with Hero’s default SNOMED code`,"review.recordCode":`SNOMED {code}`,"review.assignee":`Assigned to`,"review.change":`Change`,send:`Send message`,"schedule.send":`Schedule message`,sending:`Sending…`,back:`Back to the message`,"send.error.validation":`Hero did not accept the message. Check the highlighted details.`,"send.error.network":`The connection was lost while sending. The message may have been sent: check the patient’s messages in Hero before you try again.`,"send.error.kept":`Your message has been kept.`,"api.field":`Hero did not accept this. Check it and try again.`,"sent.heading":`Message sent`,"scheduled.heading":`Message scheduled`,"sent.text":`Sent as {channel} to {to}.`,"sent.app":`Sent as {channel}.`,"sent.toHidden":`the {kind} on the patient’s record`,"scheduled.text":`It will be sent as {channel} on {when}.`,"inline.sms":`a text message`,"inline.email":`an email`,"inline.nhs_app":`an NHS App message`,"inline.hero":`a Hero app message`,"sent.status":`Delivery`,"status.checking":`Checking…`,"status.pending":`Waiting to be sent`,"status.scheduled":`Scheduled`,"status.sent":`Sent, waiting for delivery`,"status.retry":`Not delivered yet, trying again`,"status.delivered":`Delivered`,"status.declined":`Declined`,"status.fatal":`Could not be delivered`,"status.reason":`Reason: {reason}`,"status.stopped":`We have stopped checking. See the patient’s messages in Hero for the latest.`,"status.unreachable":`The delivery status could not be checked just now. Trying again.`,"status.announce":`Delivery: {status}.`,another:`Write another message`,"announce.review":`Check your message before sending.`,"announce.sent":`Message sent.`,"announce.scheduled":`Message scheduled.`,"announce.reset":`New message started.`,"error.channel.required":`Choose how to send the message`,"error.sms.none":`Enter a mobile number: the patient’s record has none`,"error.sms.recordInvalid":`Enter a UK mobile number: the one on the patient’s record is not a UK mobile`,"error.sms.format":`Enter a UK mobile number, like 07700 900123`,"error.email.none":`Enter an email address: the patient’s record has none`,"error.email.recordInvalid":`Enter an email address: the one on the patient’s record is not valid`,"error.email.format":`Enter an email address in the correct format, like name@example.com`,"error.nhs_app.none":`Choose another way to send it: NHS App messages need the patient’s NHS number, and their record has none`,"error.subject.required":`Enter a subject for the email`,"error.text.required":`Enter a message`,"error.text.unfilled":Ao(`Replace {names} in the message: it cannot be filled in from the patient’s record`,`Replace {names} in the message: they cannot be filled in from the patient’s record`),"error.fallback.channel":`Choose a different way to send it if it cannot be delivered`,"error.date.required":`Enter the date to send it`,"error.date.format":`Enter a real date`,"error.time.required":`Enter the time to send it`,"error.time.format":`Enter a real time, like 09:30`,"error.time.past":`Choose a date and time in the future`,"error.snomed.format":`Enter a SNOMED code of 6 to 18 digits`,"error.snomed.invalid":`Enter a SNOMED code that Hero recognises`,"error.snomed.unchecked":`The SNOMED code could not be checked. Try again.`,"error.assignee.required":`Choose who to assign the message to`,"form.required":`Enter a message`},Id=[`sms`,`email`],Ld=e=>e===`sms`||e===`email`,Rd=e=>{let t={sms:``,email:``};for(let n of Id){let r=e?.[n];r?.state===`ok`&&(t[n]=r.display)}return t},zd=1e3,Bd=class extends ru{static{this.styles=[jl,Ml,Nd]}static{this.translations={"en-GB":Fd}}static{this.translationKey=`messageComposer`}static{this.pollDelays=[2e3,4e3,8e3,16e3,3e4,6e4]}static{this.maxPolls=40}static{this.properties={patientId:{attribute:`patient-id`},channels:{},templateId:{attribute:`template-id`},practiceName:{attribute:`practice-name`},placeholderValues:{attribute:!1},draft:{state:!0},step:{state:!0},errors:{state:!0},sendError:{state:!0},sending:{state:!0},checking:{state:!0},sent:{state:!0},delivery:{state:!0},patient:{state:!0},templateNote:{state:!0},undoText:{state:!0},assigneesWanted:{state:!0}}}constructor(){super(),this.patientTask=new Zc(this,{task:async([e,t],{signal:n})=>{if(!t)return null;if(!e)throw this.configError;return e.get(`/v1/patients/{id}`,{path:{id:t},signal:n})},args:()=>[this.client,this.patientId],onComplete:e=>{this.usePatient(e),this.markReady()},onError:e=>void this.reportError(e)}),this.templatesTask=new Zc(this,{task:async([e,t],{signal:n})=>!t||!e?[]:(await e.listAll(`/v1/templates`,{signal:n})).data,args:()=>[this.client,!!this.patientId],onError:e=>void this.reportError(e)}),this.creditsTask=new Zc(this,{task:async([e,t],{signal:n})=>{if(t&&e)try{return(await e.get(`/v1/me/sms-credits`,{signal:n})).credits}catch(e){if(yc(e))throw e;return}},args:()=>[this.client,!!this.patientId&&this.channelList.includes(`sms`)]}),this.assigneesTask=new Zc(this,{task:async([e,t],{signal:n})=>{if(t){if(!e)throw this.configError;return(await e.get(`/v1/messages/assignee/collection`,{signal:n})).data}},args:()=>[this.client,this.assigneesWanted],onError:e=>void this.reportError(e)}),this.snomedChecked=new Map,this.channelChosen=!1,this.draft=bd(),this.step=`compose`,this.errors={},this.sending=!1,this.checking=!1,this.delivery={},this.templateNote=``,this.assigneesWanted=!1}get value(){return this.draft.text}set value(e){this.edit({text:String(e??``)})}get channelList(){return _d(this.channels)}get values(){let e={...this.placeholderValues};return this.practiceName&&(e.practice_name??=this.practiceName),td(this.patient?.record,e)}connectedCallback(){super.connectedCallback(),this.poll&&!this.poll.timer&&this.schedulePoll(0)}disconnectedCallback(){super.disconnectedCallback(),clearTimeout(this.counterTimer),this.stopPolling(!0)}willUpdate(e){super.willUpdate(e),e.has(`patientId`)&&e.get(`patientId`)!==void 0&&this.startAgain(`patient`),e.has(`channels`)&&this.patient&&!this.channelList.includes(this.draft.channel)&&this.edit({channel:yd(this.channelList,this.patient.contacts)}),(e.has(`draft`)||e.has(`required`))&&this.updateFormValue(),this.applyTemplateId()}formResetCallback(){this.startAgain(`reset`)}formStateRestoreCallback(e){typeof e==`string`&&this.edit({text:e})}updateFormValue(){let e=this.draft.text;this.internals.setFormValue(e);let t=this.required&&!e.trim();this.internals.setValidity({valueMissing:t},this.t(`form.required`),this.renderRoot?.querySelector?.(`#text`)??void 0),this.setStates({invalid:t})}usePatient(e){if(!e){this.patient=void 0;return}let t=vd(e),{mobile:n,email:r,emails:i,...a}=e;if(this.patient={id:e.id,name:Cl(e),nhsNumber:e.nhs_number?ou(e.nhs_number):``,deceasedAt:e.deceased_at??null,archived:e.status===`archived`,record:a,contacts:t},this.draftPatientId===e.id)return;this.draftPatientId=e.id;let o=this.channelChosen&&this.channelList.includes(this.draft.channel);this.edit({recipients:Rd(t),channel:o?this.draft.channel:yd(this.channelList,t)})}applyTemplateId(){let e=this.templateId;if(!e||e===this.appliedTemplateId||!this.patient||this.templatesTask.status!==Q.COMPLETE)return;let t=this.templatesTask.value?.find(t=>t.id===e);t&&(this.appliedTemplateId=e,this.applyTemplate(t,!1))}applyTemplate(e,t){let n=this.draft.text,r=Od({text:e.content},this.values),i=this.draft.channel===`email`?e.email_snomed_code:e.sms_snomed_code;this.edit({text:r.text,template:e.id,subject:this.draft.subject||e.name,snomedCode:this.draft.snomedCode||i||``}),this.undoText=n.trim()&&n!==r.text?n:void 0,this.templateNote=this.t(`template.applied`,{name:e.name}),t&&this.announce(this.templateNote)}startAgain(e){this.stopPolling(),e===`patient`?(this.patient=void 0,this.draftPatientId=void 0,this.appliedTemplateId=void 0,this.channelChosen=!1,this.draft=bd()):this.draft={...bd(this.draft.channel),recipients:Rd(this.patient?.contacts)},this.step=`compose`,this.errors={},this.sendError=void 0,this.sent=void 0,this.delivery={},this.undoText=void 0,this.templateNote=``,e===`another`&&(this.announce(this.t(`announce.reset`)),this.focusOn(`#text`))}edit(e){this.draft={...this.draft,...e}}handleChannel(e){this.channelChosen=!0,this.edit({channel:e,fallback:this.draft.fallback===e?``:this.draft.fallback})}handleText(e){this.edit({text:e.target.value}),this.undoText=void 0,this.templateNote=``,this.announceCount()}handleRecipient(e,t){this.edit({recipients:{...this.draft.recipients,[e]:t.target.value}})}handleTemplate(e){let t=e.target,n=this.templatesTask.value?.find(e=>e.id===t.value);n?this.applyTemplate(n,!0):this.edit({template:``})}handleUndo(){this.undoText!==void 0&&(this.edit({text:this.undoText}),this.undoText=void 0,this.templateNote=``,this.announce(this.t(`template.undone`)),this.focusOn(`#text`))}handleReplace(){let e=[...this.draft.text].filter(e=>e in ud).length;this.edit({text:fd(this.draft.text)}),this.announce(this.t(`unicode.replaced`,{count:e})),this.focusOn(`#text`)}handleOption(e,t){let n=t.target.checked;this.edit({[e]:n}),e===`assign`&&n&&(this.assigneesWanted=!0)}announceCount(){clearTimeout(this.counterTimer),this.smsCounted&&(this.counterTimer=setTimeout(()=>{let e=this.smsCount();this.announce(e.encoding===`ucs2`?`${this.counterText(e)}. ${this.t(`unicode.title`)}.`:this.counterText(e))},zd))}check(e=Date.now()){let t=new Map((this.assigneesTask.value??[]).map(e=>[e.key,e]));return kd(this.draft,this.patient?.id??``,{contacts:this.patient?.contacts??vd({id:``}),channels:this.channelList,values:this.values,now:e,assignees:t})}showErrors(e){this.errors=e,this.focusOn(`#error-summary`)}async handleContinue(e){if(e.preventDefault(),this.checking||this.isDisabled)return;let{errors:t,request:n}=this.check();if(!n)return this.showErrors(t);let r=n.snomed_code;if(r&&!this.snomedChecked.has(r)){this.checking=!0;try{let{valid:e}=await this.requireClient().post(`/v1/snomed/validate`,{body:{code:r},idempotent:!0});this.snomedChecked.set(r,e)}catch(e){return yc(e)?void 0:(this.reportError(e),this.showErrors({"snomed-code":{key:`error.snomed.unchecked`}}))}finally{this.checking=!1}}if(r&&!this.snomedChecked.get(r))return this.showErrors({"snomed-code":{key:`error.snomed.invalid`}});this.errors={},this.sendError=void 0,this.step=`review`,this.announce(this.t(`announce.review`)),this.focusOn(`#review-heading`)}handleBack(e=`#text`){this.sending||(this.step=`compose`,this.sendError=void 0,this.focusOn(e))}async handleSend(){if(this.sending||this.step!==`review`||this.isDisabled)return;let{errors:e,request:t}=this.check(),n=t?.snomed_code;if(!t||n&&this.snomedChecked.get(n)!==!0)return this.step=`compose`,this.showErrors(t?{"snomed-code":{key:`error.snomed.invalid`}}:e);this.sending=!0,this.setStates({sending:!0}),this.sendError=void 0;try{let{message_id:e,send_at:n=null}=await this.requireClient().post(`/v1/messages/send`,{body:t}),r=t.message_type;this.sent={id:e,sendAt:n,channel:r,to:this.sentTo(t)},this.step=`sent`,this.delivery={},this.emit(`hero-message-send`,{message_id:e,send_at:n,message_type:r}),this.announce(this.t(this.isScheduled?`announce.scheduled`:`announce.sent`)),this.focusOn(`#sent-heading`),this.poll={id:e,attempt:0},this.schedulePoll()}catch(e){let t=this.reportError(e);if(!t)return;let n={};for(let e of t.issues){let t=Ad[e.path[0]??``];t&&(n[t]={key:`api.field`})}this.sendError=t,Object.keys(n).length?(this.step=`compose`,this.showErrors(n)):this.focusOn(`#send-error`)}finally{this.sending=!1,this.setStates({sending:!1})}}get isScheduled(){return!!(this.sent?.sendAt&&Date.parse(this.sent.sendAt)>Date.now())}schedulePoll(e){let t=this.poll;if(!t||!this.isConnected)return;let n=this.constructor;if(t.attempt>=n.maxPolls){this.poll=void 0,this.delivery={...this.delivery,stopped:!0};return}let r=Math.min(e??Md(t.attempt,n.pollDelays),2**31-1);t.timer=setTimeout(()=>void this.pollOnce(t),r)}async pollOnce(e){if(this.poll===e){e.timer=void 0,e.controller=new AbortController,e.attempt++;try{let t=await this.requireClient().get(`/v1/messages/{id}/status`,{path:{id:e.id},signal:e.controller.signal});if(this.poll!==e)return;let n=t.status.response,r=n!==this.delivery.response;if(this.delivery={response:n,reason:t.status.failure_reason??t.errors.send},r&&(this.emit(`hero-message-status`,{message_id:e.id,status:n}),this.announce(this.t(`status.announce`,{status:this.statusText()}))),jd.has(n)){this.poll=void 0;return}let i=t.scheduled_send_at?Date.parse(t.scheduled_send_at)-Date.now():0,a=this.constructor;this.schedulePoll(i>0?i+Md(0,a.pollDelays):void 0)}catch(t){if(yc(t)||this.poll!==e)return;this.delivery={...this.delivery,unreachable:!0},this.schedulePoll()}}}stopPolling(e=!1){let{poll:t}=this;t&&(clearTimeout(t.timer),t.timer=void 0,t.controller?.abort(),e||(this.poll=void 0))}get smsCounted(){return this.draft.channel===`sms`||this.draft.fallback===`sms`}smsCount(){return ld(Od(this.draft,this.values).text)}counterText(e){return this.t(`counter.text`,{characters:e.characters,segments:e.segments})}channelName(e){return this.t(`channel.${e}`)}contactText(e,t,n){return t?e===`sms`?md(t):t:this.t(n,{kind:this.t(`kind.${e}`)})}recipientText(e){let t=e.message_type;return Ld(t)?this.contactText(t,e.recipient_contact_detail,`review.toHidden`):this.t(`review.toApp`,{channel:this.channelName(t)})}sentTo(e){let t=e.message_type;return Ld(t)?this.contactText(t,e.recipient_contact_detail,`sent.toHidden`):``}fallbackText(e){let t=e.fallback_message_type;return t?this.t(`review.fallbackValue`,{channel:this.channelName(t),to:this.contactText(t,e.fallback_contact_detail,`review.toHidden`)}):``}whenText(e){return this.t(`review.at`,bl(Date.parse(e),this.locale))}statusText(){let{response:e}=this.delivery;return e?e===`pending`&&this.isScheduled?this.t(`status.scheduled`):this.t(`status.${e}`):this.t(`status.checking`)}renderProblems(){let e=xd.filter(e=>this.errors[e]),t=this.channelList.includes(this.draft.channel)?this.draft.channel:this.channelList[0];return this.renderErrorSummary(e.map(e=>({target:e===`channel`?`channel-${t}`:e,message:this.errorText(this.errors[e])})),2,this.sendError?this.t(`send.error.${this.sendError.code===`validation`?`validation`:`network`}`):void 0)}renderTaskError(e){return this.renderError(e.error,()=>void e.run())}errorText(e){return e?this.t(e.key,e.vars):``}renderFieldError(e){let t=this.errors[e];return t?q`<p class="error-message" id="${e}-error" part="error-message">
          <span class="visually-hidden">${this.t(`error.prefix`)}</span> ${this.errorText(t)}
        </p>`:J}describedBy(e,...t){return[...t,this.errors[e]&&`${e}-error`].filter(Boolean).join(` `)}renderField(e,t,n,r){return q`<div class="field ${this.errors[e]?`invalid`:``}" part="field">
      <label class="label" for=${e} part="label">${t}</label>
      ${r?q`<p class="hint" id="${e}-hint" part="hint">${r}</p>`:J}
      ${this.renderFieldError(e)}
      ${n}
    </div>`}editor(e){return t=>this.edit({[e]:t.target.value})}renderInput(e,t,n,r,i={}){return this.renderField(e,t,q`<input id=${e} part="input" class="input ${i.className??``}" type=${i.type??`text`} .value=${n} min=${i.min??J}
        autocomplete="off" inputmode=${i.inputmode??J} spellcheck="false" aria-invalid=${!!this.errors[e]} @input=${r}
        aria-describedby=${this.describedBy(e,i.describedBy,i.hint&&`${e}-hint`)||J} />`,i.hint)}renderPatient(e){return q`<p class="patient" part="patient">
      <strong>${e.name||this.t(`patient.unnamed`)}</strong>
      ${e.nhsNumber?q`<span>${this.t(`patient.nhsNumber`)} ${e.nhsNumber}</span>`:J}
    </p>`}renderChannels(e){let t=this.errors.channel;return q`<fieldset class="field channels ${t?`invalid`:``}" part="channels" aria-describedby=${t?`channel-error`:J}>
      <legend class="label" part="label">${this.t(`channel.legend`)}</legend>
      ${this.renderFieldError(`channel`)}
      ${this.channelList.map(t=>{let n=this.channelHint(t,e.contacts[t]);return q`<div class="choice" part="channel-option">
          <input type="radio" name="channel" id="channel-${t}" value=${t} .checked=${this.draft.channel===t}
            aria-describedby="channel-${t}-hint" @change=${()=>this.handleChannel(t)} />
          <label for="channel-${t}">${this.channelName(t)}</label>
          <p class="hint" id="channel-${t}-hint">${n}</p>
        </div>`})}
    </fieldset>`}channelHint(e,t){return Ld(e)?t.state===`ok`?this.t(`channel.hint.to`,{contact:t.display}):t.state===`hidden`?this.t(`channel.hint.hidden`,{kind:this.t(`kind.${e}`)}):this.t(`channel.hint.${e}.${t.state}`):this.t(`channel.hint.${e}${t.state===`ok`?``:`.none`}`)}renderRecipient(e,t,n){let r=this.patient?.contacts[e]?.state,i=r===`hidden`?this.t(`recipient.hint.hidden`):r===`ok`?this.t(`recipient.hint.record`):this.t(`recipient.hint.${e}`);return this.renderInput(t,n,this.draft.recipients[e],t=>this.handleRecipient(e,t),{hint:i,type:e===`sms`?`tel`:`email`,inputmode:e===`sms`?`tel`:`email`,className:e===`sms`?`short`:``})}renderTemplates(){let e=this.templatesTask;if(e.status===Q.ERROR)return q`<div class="field">${this.renderTaskError(e)}</div>`;if(e.status!==Q.COMPLETE)return q`<p class="field loading" part="loading" role="status">${this.t(`loading.templates`)}</p>`;let t=e.value??[];if(!t.length)return q`<p class="field hint" part="hint">${this.t(`template.empty`)}</p>`;let n=[`user`,`hero`,`external`].map(e=>[e,t.filter(t=>(t.type??`hero`)===e)]).filter(([,e])=>e.length);return this.renderField(`template`,this.t(`template.label`),q`<select id="template" class="input" part="input template-select" aria-describedby="template-hint" @change=${this.handleTemplate}>
          <option value="">${this.t(`template.none`)}</option>
          ${n.map(([e,t])=>q`<optgroup label=${this.t(`template.group.${e}`)}>
              ${t.map(e=>q`<option value=${e.id} ?selected=${this.draft.template===e.id}>${e.name}</option>`)}
            </optgroup>`)}
        </select>
        ${this.templateNote?q`<p class="note">
              ${this.templateNote}
              ${this.undoText===void 0?J:q`<button type="button" class="button secondary small" part="undo-button" @click=${this.handleUndo}>${this.t(`template.undo`)}</button>`}
            </p>`:J}`,this.t(`template.hint`))}renderCounter(){if(!this.smsCounted)return J;let e=this.smsCount(),t=this.creditsTask.value,n=dd(e.nonGsm);return q`<div class="counter" id="text-counter" part="counter">
        <p>
          <strong>${this.counterText(e)}</strong>
          ${e.segments?q`<span class="hint">${this.t(`counter.remaining`,{count:e.remaining})}</span>`:J}
        </p>
        ${this.draft.channel===`sms`?J:q`<p class="hint">${this.t(`counter.fallback`,{channel:this.t(`inline.${this.draft.channel}`)})}</p>`}
        ${t===void 0?J:q`<p class="credits ${e.segments>t?`low`:``}" part="credits">
              ${this.t(e.segments>t?`credits.low`:`credits.text`,{credits:t.toLocaleString(this.locale),segments:e.segments})}
            </p>`}
      </div>
      ${e.encoding===`ucs2`?q`<div class="message warning" part="encoding-warning">
            <p><strong>${this.t(`unicode.title`)}</strong></p>
            <p>
              ${this.t(`unicode.text`)}
              ${e.nonGsm.map(e=>q`<span class="char">${e.trim()?e:this.t(`char.space`)}</span> `)}
            </p>
            <p>${this.t(`unicode.effect`)}</p>
            ${n.length?q`<button type="button" class="button secondary small" part="replace-button" @click=${this.handleReplace}>${this.t(`unicode.replace`)}</button>`:J}
          </div>`:J}`}renderParts(e){return e.map(e=>e.name?q`<mark part="placeholder">${e.text}<span class="visually-hidden"> ${this.t(`preview.unfilled`)}</span></mark>`:e.text)}renderPreview(){let e=Od(this.draft,this.values),{channel:t}=this.draft,n=this.practiceName||this.t(`preview.practice`),r=e.parts.length?this.renderParts(e.parts):q`<span class="hint">${this.t(`preview.empty`)}</span>`,i=t===`sms`?q`<div class="bubble" part="preview-message">${r}</div>`:(e=>q`<div class="card" part="preview-message">
      <p class="card-head">${e}</p>
      <div class="card-body">${r}</div>
    </div>`)(t===`email`?q`<span class="hint">${this.t(`preview.subject`)}</span> <strong>${this.draft.subject}</strong>`:q`<strong>${this.channelName(t)}</strong> <span class="hint">${this.t(`preview.from`,{practice:n})}</span>`);return q`<section class="preview" part="preview" aria-labelledby="preview-heading">
      <h3 id="preview-heading">${this.t(`preview.heading`)}</h3>
      <p class="hint">${this.t(`preview.hint`)}</p>
      ${i}
      ${e.unfilled.length?q`<p class="unfilled">${this.t(`preview.unfilledList`,{names:e.unfilled.map(e=>`{{${e}}}`).join(`, `)})}</p>`:J}
    </section>`}renderMessageOptions(){let{draft:e}=this,t=Id.filter(t=>t!==e.channel&&this.channelList.includes(t)),n=cl(Date.now()),r=dl(n,1),i=`${$(r,this.locale,`long`,!0)}, ${yl(ml(r,570),this.locale)}`;return q`<fieldset class="options" part="options">
      <legend>${this.t(`options.legend`)}</legend>
      ${t.length?this.renderField(`fallback`,this.t(`fallback.label`),q`<select id="fallback" class="input" part="input" aria-describedby=${this.describedBy(`fallback`)||J} @change=${this.editor(`fallback`)}>
                <option value="" ?selected=${!e.fallback}>${this.t(`fallback.none`)}</option>
                ${t.map(t=>q`<option value=${t} ?selected=${e.fallback===t}>${this.channelName(t)}</option>`)}
              </select>
              ${e.fallback&&e.fallback!==e.channel?q`<div class="reveal">${this.renderRecipient(e.fallback,`fallback-recipient`,this.t(`fallback.recipient.${e.fallback}`))}</div>`:J}`):J}
      ${this.renderCheckbox(`schedule`,this.t(`schedule.label`))}
      ${e.schedule?q`<div class="reveal" id="schedule-fields">
            <p class="hint" id="schedule-hint">${this.t(`schedule.hint`,{example:i})}</p>
            <div class="row">
              ${this.renderInput(`send-date`,this.t(`schedule.date`),e.date,this.editor(`date`),{type:`date`,min:n,describedBy:`schedule-hint`})}
              ${this.renderInput(`send-time`,this.t(`schedule.time`),e.time,this.editor(`time`),{type:`time`,describedBy:`schedule-hint`})}
            </div>
          </div>`:J}
      ${this.renderCheckbox(`record`,this.t(`record.label`),this.t(`record.hint`))}
      ${e.record?q`<div class="reveal">
            ${this.renderInput(`snomed-code`,this.t(`snomed.code`),e.snomedCode,this.editor(`snomedCode`),{hint:this.t(`snomed.codeHint`),inputmode:`numeric`,className:`short`})}
            ${this.renderInput(`snomed-term`,this.t(`snomed.term`),e.snomedTerm,this.editor(`snomedTerm`))}
          </div>`:J}
      ${this.renderCheckbox(`assign`,this.t(`assign.label`),this.t(`assign.hint`))}
      ${e.assign?q`<div class="reveal">${this.renderAssignees()}</div>`:J}
    </fieldset>`}renderCheckbox(e,t,n){return q`<div class="choice">
      <input type="checkbox" id="option-${e}" .checked=${this.draft[e]} aria-describedby=${n?`option-${e}-hint`:J}
        @change=${t=>this.handleOption(e,t)} />
      <label for="option-${e}">${t}</label>
      ${n?q`<p class="hint" id="option-${e}-hint">${n}</p>`:J}
    </div>`}renderAssignees(){let e=this.assigneesTask;if(e.status===Q.ERROR)return this.renderTaskError(e);if(e.status!==Q.COMPLETE)return q`<p class="loading" part="loading" role="status">${this.t(`loading.assignees`)}</p>`;let t=(e.value??[]).filter(e=>e.value!==null);if(!t.length)return q`<p class="hint" part="empty">${this.t(`assignee.empty`)}</p>`;let n=(e,t)=>t.length?q`<optgroup label=${e}>
            ${t.map(e=>q`<option value=${e.key} ?selected=${this.draft.assignee===e.key}>${e.label}</option>`)}
          </optgroup>`:J;return this.renderField(`assignee`,this.t(`assignee.label`),q`<select id="assignee" class="input" part="input" aria-describedby=${this.describedBy(`assignee`)||J} aria-invalid=${!!this.errors.assignee} @change=${this.editor(`assignee`)}>
        <option value="" ?selected=${!this.draft.assignee}>${this.t(`assignee.choose`)}</option>
        ${n(this.t(`assignee.teams`),t.filter(e=>e.type===`AdminTeam`))}
        ${n(this.t(`assignee.people`),t.filter(e=>e.type!==`AdminTeam`))}
      </select>`)}renderCompose(e){let{draft:t}=this;return q`${this.renderProblems()}
      <form novalidate @submit=${this.handleContinue}>
        <fieldset class="plain" ?disabled=${this.isDisabled}>
          ${this.renderChannels(e)}
          ${Ld(t.channel)?this.renderRecipient(t.channel,`recipient`,this.t(`recipient.${t.channel}`)):J}
          ${this.renderTemplates()}
          ${t.channel===`email`?this.renderInput(`subject`,this.t(`subject.label`),t.subject,this.editor(`subject`),{hint:this.t(`subject.hint`)}):J}
          ${this.renderField(`text`,this.t(`text.label`),q`<textarea id="text" class="input" part="textarea" rows="6" .value=${t.text} ?required=${this.required} @input=${this.handleText}
                aria-describedby=${this.describedBy(`text`,`text-hint`,this.smsCounted&&`text-counter`)} aria-invalid=${!!this.errors.text}></textarea>
              ${this.renderCounter()}`,this.t(`text.hint`))}
          ${this.renderPreview()} ${this.renderMessageOptions()}
          <button type="submit" class="button" part="continue-button" aria-disabled=${this.checking}>
            ${this.t(this.checking?`checking`:`continue`)}
          </button>
        </fieldset>
      </form>`}renderReview(e){let{request:t}=this.check(0);if(!t)return this.renderCompose(e);let{draft:n}=this,r=Od(n,this.values),i=this.smsCounted?ld(r.text):void 0,a=this.assigneesTask.value?.find(e=>e.key===n.assignee),o=(e,t,n)=>q`<div class="row-item">
        <dt>${e}</dt>
        <dd>${t}</dd>
        <dd class="action">
          ${n?q`<button type="button" class="link" part="change-button" @click=${()=>this.handleBack(n)}>
                ${this.t(`review.change`)}<span class="visually-hidden"> ${e}</span>
              </button>`:J}
        </dd>
      </div>`,s=!!t.send_at;return q`<section class="review" part="review" aria-labelledby="review-heading">
      <h2 id="review-heading" tabindex="-1">${this.t(`review.heading`)}</h2>
      <dl class="summary" part="summary">
        ${o(this.t(`review.patient`),e.name||this.t(`patient.unnamed`))}
        ${o(this.t(`review.channel`),this.channelName(t.message_type),`#channel-${n.channel}`)}
        ${o(this.t(`review.to`),this.recipientText(t),Ld(n.channel)?`#recipient`:void 0)}
        ${t.fallback_message_type?o(this.t(`review.fallback`),this.fallbackText(t),`#fallback`):J}
        ${n.channel===`email`?o(this.t(`review.subject`),n.subject.trim(),`#subject`):J}
        ${o(this.t(`review.message`),q`<span class="pre">${r.text}</span>`,`#text`)}
        ${i?o(this.t(`review.length`),this.counterText(i),`#text`):J}
        ${o(this.t(`review.when`),t.send_at?this.whenText(t.send_at):this.t(`review.now`),`#option-schedule`)}
        ${t.write_to_record?o(this.t(`review.record`),t.snomed_code?[this.t(`review.recordCode`,{code:t.snomed_code}),t.snomed_term?` (${t.snomed_term})`:``]:this.t(`review.recordDefault`),`#option-record`):J}
        ${a&&t.assignee_id!==void 0?o(this.t(`review.assignee`),a.label,`#assignee`):J}
      </dl>
      ${this.sendError?q`<div id="send-error" class="message error" role="alert" tabindex="-1" part="error">
            <p>${this.sendError.code===`network`?this.t(`send.error.network`):this.t(`error.${this.sendError.code}`)}</p>
            <p>${this.t(`send.error.kept`)}</p>
          </div>`:J}
      <div class="actions">
        <button type="button" class="button" part="send-button" aria-disabled=${this.sending||this.isDisabled} @click=${this.handleSend}>
          ${this.t(this.sending?`sending`:s?`schedule.send`:`send`)}
        </button>
        <button type="button" class="button secondary" part="back-button" @click=${()=>this.handleBack()}>${this.t(`back`)}</button>
      </div>
    </section>`}renderSent(e){let{delivery:t}=this,n=this.isScheduled,r=this.t(`inline.${e.channel}`),i=t.response===`fatal`||t.response===`declined`;return q`<section class="message success" part="confirmation" aria-labelledby="sent-heading">
      <h2 id="sent-heading" tabindex="-1">${this.t(n?`scheduled.heading`:`sent.heading`)}</h2>
      <p>
        ${n&&e.sendAt?this.t(`scheduled.text`,{channel:r,when:this.whenText(e.sendAt)}):this.t(e.to?`sent.text`:`sent.app`,{channel:r,to:e.to})}
      </p>
      <p class="status ${i?`failed`:``}" part="status">
        ${this.t(`sent.status`)}: <strong>${this.statusText()}</strong>
      </p>
      ${i&&t.reason?q`<p>${this.t(`status.reason`,{reason:t.reason})}</p>`:J}
      ${t.unreachable?q`<p class="hint">${this.t(`status.unreachable`)}</p>`:J}
      ${t.stopped?q`<p class="hint">${this.t(`status.stopped`)}</p>`:J}
      <button type="button" class="button secondary" part="new-message-button" @click=${()=>this.startAgain(`another`)}>${this.t(`another`)}</button>
    </section>`}renderRefusal(e){let t=e.deceasedAt?this.t(`refuse.deceased`,{date:$(sl(Date.parse(e.deceasedAt)),this.locale,`long`,!0)}):e.archived&&this.t(`refuse.archived`);return t?q`<div class="message error" part="refusal" role="alert"><p>${t}</p></div>`:void 0}renderBody(){if(!this.patientId)return q`<div class="message" part="empty">
        <p><strong>${this.t(`noPatient.title`)}</strong></p>
        <p>${this.t(`noPatient.text`)}</p>
      </div>`;let e=this.patient;return this.patientTask.status===Q.ERROR?this.renderTaskError(this.patientTask):!e||this.patientTask.status===Q.PENDING?q`<p class="loading" part="loading" role="status"><span class="spinner" aria-hidden="true"></span>${this.t(`loading.patient`)}</p>`:q`${this.renderPatient(e)}
    ${this.renderRefusal(e)??(this.step===`sent`&&this.sent?this.renderSent(this.sent):this.step===`review`?this.renderReview(e):this.renderCompose(e))}`}render(){return q`<div class="base" part="base" aria-busy=${this.patientTask.status===Q.PENDING||this.sending||this.checking}>
      ${this.renderBody()}
      ${this.renderAnnouncer()}
    </div>`}};customElements.get(`hero-message-composer`)||customElements.define(`hero-message-composer`,Bd);var Vd={"aria-labelledby":`find`},Hd={"aria-labelledby":`chosen`},Ud={role:`status`},Wd={"aria-labelledby":`message`},Gd={role:`group`,"aria-label":`Channels offered`},Kd=[`aria-pressed`],qd=[`aria-pressed`],Jd=[`patientId`,`channels`],Yd=`sms email nhs_app hero`;uo(Gn({__name:`App`,setup(e){async function t(){let e=await fetch(`/api/hero-token`,{credentials:`include`});if(!e.ok)throw Error(`The token route answered ${e.status}`);let{access_token:t}=await e.json();return t}let n=Gt(),r=Gt(Yd),i=Gt(0);function a(e){let t=e.detail.patient;n.value={id:String(t.id),name:[t.first_name,t.last_name].filter(Boolean).join(` `)}}return(e,o)=>(Mi(),Li(`main`,null,[o[8]||=G(`h1`,null,`Hero Elements in Vue`,-1),G(`hero-provider`,{"tenant-id":`1001`,tokenProvider:t},[G(`section`,Vd,[o[4]||=G(`h2`,{id:`find`},`Find a patient`,-1),G(`hero-patient-lookup`,{onHeroPatientSelect:a},null,32)]),G(`section`,Hd,[o[5]||=G(`h2`,{id:`chosen`},`Chosen patient`,-1),G(`p`,Ud,Ce(n.value?`Writing to ${n.value.name}`:`No patient chosen yet`),1)]),G(`section`,Wd,[o[6]||=G(`h2`,{id:`message`},`Message the patient`,-1),G(`div`,Gd,[G(`button`,{type:`button`,"aria-pressed":r.value===`sms`,onClick:o[0]||=e=>r.value=`sms`},`Text message only`,8,Kd),G(`button`,{type:`button`,"aria-pressed":r.value===Yd,onClick:o[1]||=e=>r.value=Yd},`All channels`,8,qd)]),G(`p`,null,`Messages sent: `+Ce(i.value),1),n.value?(Mi(),Li(`hero-message-composer`,{key:0,patientId:n.value.id,channels:r.value,onHeroMessageSend:o[2]||=e=>i.value++},null,40,Jd)):Ji(`v-if`,!0)]),Ji(`v-if`,!0)])]))}})).mount(`#app`);