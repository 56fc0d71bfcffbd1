var tu=Object.defineProperty;var su=Object.getOwnPropertyDescriptor;var y=(s,i,e,t)=>{for(var n=t>1?void 0:t?su(i,e):i,r=s.length-1,o;r>=0;r--)(o=s[r])&&(n=(t?o(i,e,n):o(n))||n);return t&&n&&tu(i,e,n),n};var $n=globalThis,Sn=$n.ShadowRoot&&($n.ShadyCSS===void 0||$n.ShadyCSS.nativeShadow)&&"adoptedStyleSheets"in Document.prototype&&"replace"in CSSStyleSheet.prototype,Ar=Symbol(),ca=new WeakMap,Gi=class{constructor(i,e,t){if(this._$cssResult$=!0,t!==Ar)throw Error("CSSResult is not constructable. Use `unsafeCSS` or `css` instead.");this.cssText=i,this.t=e}get styleSheet(){let i=this.o,e=this.t;if(Sn&&i===void 0){let t=e!==void 0&&e.length===1;t&&(i=ca.get(e)),i===void 0&&((this.o=i=new CSSStyleSheet).replaceSync(this.cssText),t&&ca.set(e,i))}return i}toString(){return this.cssText}},kn=s=>new Gi(typeof s=="string"?s:s+"",void 0,Ar),he=(s,...i)=>{let e=s.length===1?s[0]:i.reduce((t,n,r)=>t+(o=>{if(o._$cssResult$===!0)return o.cssText;if(typeof o=="number")return o;throw Error("Value passed to 'css' function must be a 'css' function result: "+o+". Use 'unsafeCSS' to pass non-literal values, but take care to ensure page security.")})(n)+s[r+1],s[0]);return new Gi(e,s,Ar)},da=(s,i)=>{if(Sn)s.adoptedStyleSheets=i.map(e=>e instanceof CSSStyleSheet?e:e.styleSheet);else for(let e of i){let t=document.createElement("style"),n=$n.litNonce;n!==void 0&&t.setAttribute("nonce",n),t.textContent=e.cssText,s.appendChild(t)}},Mr=Sn?s=>s:s=>s instanceof CSSStyleSheet?(i=>{let e="";for(let t of i.cssRules)e+=t.cssText;return kn(e)})(s):s;var{is:iu,defineProperty:nu,getOwnPropertyDescriptor:ru,getOwnPropertyNames:ou,getOwnPropertySymbols:au,getPrototypeOf:lu}=Object,En=globalThis,ua=En.trustedTypes,cu=ua?ua.emptyScript:"",du=En.reactiveElementPolyfillSupport,Ki=(s,i)=>s,Wi={toAttribute(s,i){switch(i){case Boolean:s=s?cu:null;break;case Object:case Array:s=s==null?s:JSON.stringify(s)}return s},fromAttribute(s,i){let e=s;switch(i){case Boolean:e=s!==null;break;case Number:e=s===null?null:Number(s);break;case Object:case Array:try{e=JSON.parse(s)}catch{e=null}}return e}},Tn=(s,i)=>!iu(s,i),ha={attribute:!0,type:String,converter:Wi,reflect:!1,useDefault:!1,hasChanged:Tn};Symbol.metadata??=Symbol("metadata"),En.litPropertyMetadata??=new WeakMap;var ps=class extends HTMLElement{static addInitializer(i){this._$Ei(),(this.l??=[]).push(i)}static get observedAttributes(){return this.finalize(),this._$Eh&&[...this._$Eh.keys()]}static createProperty(i,e=ha){if(e.state&&(e.attribute=!1),this._$Ei(),this.prototype.hasOwnProperty(i)&&((e=Object.create(e)).wrapped=!0),this.elementProperties.set(i,e),!e.noAccessor){let t=Symbol(),n=this.getPropertyDescriptor(i,t,e);n!==void 0&&nu(this.prototype,i,n)}}static getPropertyDescriptor(i,e,t){let{get:n,set:r}=ru(this.prototype,i)??{get(){return this[e]},set(o){this[e]=o}};return{get:n,set(o){let a=n?.call(this);r?.call(this,o),this.requestUpdate(i,a,t)},configurable:!0,enumerable:!0}}static getPropertyOptions(i){return this.elementProperties.get(i)??ha}static _$Ei(){if(this.hasOwnProperty(Ki("elementProperties")))return;let i=lu(this);i.finalize(),i.l!==void 0&&(this.l=[...i.l]),this.elementProperties=new Map(i.elementProperties)}static finalize(){if(this.hasOwnProperty(Ki("finalized")))return;if(this.finalized=!0,this._$Ei(),this.hasOwnProperty(Ki("properties"))){let e=this.properties,t=[...ou(e),...au(e)];for(let n of t)this.createProperty(n,e[n])}let i=this[Symbol.metadata];if(i!==null){let e=litPropertyMetadata.get(i);if(e!==void 0)for(let[t,n]of e)this.elementProperties.set(t,n)}this._$Eh=new Map;for(let[e,t]of this.elementProperties){let n=this._$Eu(e,t);n!==void 0&&this._$Eh.set(n,e)}this.elementStyles=this.finalizeStyles(this.styles)}static finalizeStyles(i){let e=[];if(Array.isArray(i)){let t=new Set(i.flat(1/0).reverse());for(let n of t)e.unshift(Mr(n))}else i!==void 0&&e.push(Mr(i));return e}static _$Eu(i,e){let t=e.attribute;return t===!1?void 0:typeof t=="string"?t:typeof i=="string"?i.toLowerCase():void 0}constructor(){super(),this._$Ep=void 0,this.isUpdatePending=!1,this.hasUpdated=!1,this._$Em=null,this._$Ev()}_$Ev(){this._$ES=new Promise(i=>this.enableUpdating=i),this._$AL=new Map,this._$E_(),this.requestUpdate(),this.constructor.l?.forEach(i=>i(this))}addController(i){(this._$EO??=new Set).add(i),this.renderRoot!==void 0&&this.isConnected&&i.hostConnected?.()}removeController(i){this._$EO?.delete(i)}_$E_(){let i=new Map,e=this.constructor.elementProperties;for(let t of e.keys())this.hasOwnProperty(t)&&(i.set(t,this[t]),delete this[t]);i.size>0&&(this._$Ep=i)}createRenderRoot(){let i=this.shadowRoot??this.attachShadow(this.constructor.shadowRootOptions);return da(i,this.constructor.elementStyles),i}connectedCallback(){this.renderRoot??=this.createRenderRoot(),this.enableUpdating(!0),this._$EO?.forEach(i=>i.hostConnected?.())}enableUpdating(i){}disconnectedCallback(){this._$EO?.forEach(i=>i.hostDisconnected?.())}attributeChangedCallback(i,e,t){this._$AK(i,t)}_$ET(i,e){let t=this.constructor.elementProperties.get(i),n=this.constructor._$Eu(i,t);if(n!==void 0&&t.reflect===!0){let r=(t.converter?.toAttribute!==void 0?t.converter:Wi).toAttribute(e,t.type);this._$Em=i,r==null?this.removeAttribute(n):this.setAttribute(n,r),this._$Em=null}}_$AK(i,e){let t=this.constructor,n=t._$Eh.get(i);if(n!==void 0&&this._$Em!==n){let r=t.getPropertyOptions(n),o=typeof r.converter=="function"?{fromAttribute:r.converter}:r.converter?.fromAttribute!==void 0?r.converter:Wi;this._$Em=n;let a=o.fromAttribute(e,r.type);this[n]=a??this._$Ej?.get(n)??a,this._$Em=null}}requestUpdate(i,e,t,n=!1,r){if(i!==void 0){let o=this.constructor;if(n===!1&&(r=this[i]),t??=o.getPropertyOptions(i),!((t.hasChanged??Tn)(r,e)||t.useDefault&&t.reflect&&r===this._$Ej?.get(i)&&!this.hasAttribute(o._$Eu(i,t))))return;this.C(i,e,t)}this.isUpdatePending===!1&&(this._$ES=this._$EP())}C(i,e,{useDefault:t,reflect:n,wrapped:r},o){t&&!(this._$Ej??=new Map).has(i)&&(this._$Ej.set(i,o??e??this[i]),r!==!0||o!==void 0)||(this._$AL.has(i)||(this.hasUpdated||t||(e=void 0),this._$AL.set(i,e)),n===!0&&this._$Em!==i&&(this._$Eq??=new Set).add(i))}async _$EP(){this.isUpdatePending=!0;try{await this._$ES}catch(e){Promise.reject(e)}let i=this.scheduleUpdate();return i!=null&&await i,!this.isUpdatePending}scheduleUpdate(){return this.performUpdate()}performUpdate(){if(!this.isUpdatePending)return;if(!this.hasUpdated){if(this.renderRoot??=this.createRenderRoot(),this._$Ep){for(let[n,r]of this._$Ep)this[n]=r;this._$Ep=void 0}let t=this.constructor.elementProperties;if(t.size>0)for(let[n,r]of t){let{wrapped:o}=r,a=this[n];o!==!0||this._$AL.has(n)||a===void 0||this.C(n,void 0,r,a)}}let i=!1,e=this._$AL;try{i=this.shouldUpdate(e),i?(this.willUpdate(e),this._$EO?.forEach(t=>t.hostUpdate?.()),this.update(e)):this._$EM()}catch(t){throw i=!1,this._$EM(),t}i&&this._$AE(e)}willUpdate(i){}_$AE(i){this._$EO?.forEach(e=>e.hostUpdated?.()),this.hasUpdated||(this.hasUpdated=!0,this.firstUpdated(i)),this.updated(i)}_$EM(){this._$AL=new Map,this.isUpdatePending=!1}get updateComplete(){return this.getUpdateComplete()}getUpdateComplete(){return this._$ES}shouldUpdate(i){return!0}update(i){this._$Eq&&=this._$Eq.forEach(e=>this._$ET(e,this[e])),this._$EM()}updated(i){}firstUpdated(i){}};ps.elementStyles=[],ps.shadowRootOptions={mode:"open"},ps[Ki("elementProperties")]=new Map,ps[Ki("finalized")]=new Map,du?.({ReactiveElement:ps}),(En.reactiveElementVersions??=[]).push("2.1.2");var Dr=globalThis,ma=s=>s,An=Dr.trustedTypes,pa=An?An.createPolicy("lit-html",{createHTML:s=>s}):void 0,_a="$lit$",ks=`lit$${Math.random().toFixed(9).slice(2)}$`,wa="?"+ks,uu=`<${wa}>`,Ws=document,Zi=()=>Ws.createComment(""),Yi=s=>s===null||typeof s!="object"&&typeof s!="function",Ir=Array.isArray,hu=s=>Ir(s)||typeof s?.[Symbol.iterator]=="function",Cr=`[ 	
\f\r]`,qi=/<(?:(!--|\/[^a-zA-Z])|(\/?[a-zA-Z][^>\s]*)|(\/?$))/g,fa=/-->/g,ga=/>/g,Gs=RegExp(`>|${Cr}(?:([^\\s"'>=/]+)(${Cr}*=${Cr}*(?:[^ 	
\f\r"'\`<>=]|("|')|))|$)`,"g"),ba=/'/g,va=/"/g,xa=/^(?:script|style|textarea|title)$/i,Hr=s=>(i,...e)=>({_$litType$:s,strings:i,values:e}),g=Hr(1),Or=Hr(2),wp=Hr(3),qs=Symbol.for("lit-noChange"),k=Symbol.for("lit-nothing"),ya=new WeakMap,Ks=Ws.createTreeWalker(Ws,129);function $a(s,i){if(!Ir(s)||!s.hasOwnProperty("raw"))throw Error("invalid template strings array");return pa!==void 0?pa.createHTML(i):i}var mu=(s,i)=>{let e=s.length-1,t=[],n,r=i===2?"<svg>":i===3?"<math>":"",o=qi;for(let a=0;a<e;a++){let c=s[a],u,f,m=-1,v=0;for(;v<c.length&&(o.lastIndex=v,f=o.exec(c),f!==null);)v=o.lastIndex,o===qi?f[1]==="!--"?o=fa:f[1]!==void 0?o=ga:f[2]!==void 0?(xa.test(f[2])&&(n=RegExp("</"+f[2],"g")),o=Gs):f[3]!==void 0&&(o=Gs):o===Gs?f[0]===">"?(o=n??qi,m=-1):f[1]===void 0?m=-2:(m=o.lastIndex-f[2].length,u=f[1],o=f[3]===void 0?Gs:f[3]==='"'?va:ba):o===va||o===ba?o=Gs:o===fa||o===ga?o=qi:(o=Gs,n=void 0);let w=o===Gs&&s[a+1].startsWith("/>")?" ":"";r+=o===qi?c+uu:m>=0?(t.push(u),c.slice(0,m)+_a+c.slice(m)+ks+w):c+ks+(m===-2?a:w)}return[$a(s,r+(s[e]||"<?>")+(i===2?"</svg>":i===3?"</math>":"")),t]},Ji=class s{constructor({strings:i,_$litType$:e},t){let n;this.parts=[];let r=0,o=0,a=i.length-1,c=this.parts,[u,f]=mu(i,e);if(this.el=s.createElement(u,t),Ks.currentNode=this.el.content,e===2||e===3){let m=this.el.content.firstChild;m.replaceWith(...m.childNodes)}for(;(n=Ks.nextNode())!==null&&c.length<a;){if(n.nodeType===1){if(n.hasAttributes())for(let m of n.getAttributeNames())if(m.endsWith(_a)){let v=f[o++],w=n.getAttribute(m).split(ks),S=/([.?@])?(.*)/.exec(v);c.push({type:1,index:r,name:S[2],strings:w,ctor:S[1]==="."?zr:S[1]==="?"?Pr:S[1]==="@"?Lr:xi}),n.removeAttribute(m)}else m.startsWith(ks)&&(c.push({type:6,index:r}),n.removeAttribute(m));if(xa.test(n.tagName)){let m=n.textContent.split(ks),v=m.length-1;if(v>0){n.textContent=An?An.emptyScript:"";for(let w=0;w<v;w++)n.append(m[w],Zi()),Ks.nextNode(),c.push({type:2,index:++r});n.append(m[v],Zi())}}}else if(n.nodeType===8)if(n.data===wa)c.push({type:2,index:r});else{let m=-1;for(;(m=n.data.indexOf(ks,m+1))!==-1;)c.push({type:7,index:r}),m+=ks.length-1}r++}}static createElement(i,e){let t=Ws.createElement("template");return t.innerHTML=i,t}};function wi(s,i,e=s,t){if(i===qs)return i;let n=t!==void 0?e._$Co?.[t]:e._$Cl,r=Yi(i)?void 0:i._$litDirective$;return n?.constructor!==r&&(n?._$AO?.(!1),r===void 0?n=void 0:(n=new r(s),n._$AT(s,e,t)),t!==void 0?(e._$Co??=[])[t]=n:e._$Cl=n),n!==void 0&&(i=wi(s,n._$AS(s,i.values),n,t)),i}var Rr=class{constructor(i,e){this._$AV=[],this._$AN=void 0,this._$AD=i,this._$AM=e}get parentNode(){return this._$AM.parentNode}get _$AU(){return this._$AM._$AU}u(i){let{el:{content:e},parts:t}=this._$AD,n=(i?.creationScope??Ws).importNode(e,!0);Ks.currentNode=n;let r=Ks.nextNode(),o=0,a=0,c=t[0];for(;c!==void 0;){if(o===c.index){let u;c.type===2?u=new Qi(r,r.nextSibling,this,i):c.type===1?u=new c.ctor(r,c.name,c.strings,this,i):c.type===6&&(u=new Nr(r,this,i)),this._$AV.push(u),c=t[++a]}o!==c?.index&&(r=Ks.nextNode(),o++)}return Ks.currentNode=Ws,n}p(i){let e=0;for(let t of this._$AV)t!==void 0&&(t.strings!==void 0?(t._$AI(i,t,e),e+=t.strings.length-2):t._$AI(i[e])),e++}},Qi=class s{get _$AU(){return this._$AM?._$AU??this._$Cv}constructor(i,e,t,n){this.type=2,this._$AH=k,this._$AN=void 0,this._$AA=i,this._$AB=e,this._$AM=t,this.options=n,this._$Cv=n?.isConnected??!0}get parentNode(){let i=this._$AA.parentNode,e=this._$AM;return e!==void 0&&i?.nodeType===11&&(i=e.parentNode),i}get startNode(){return this._$AA}get endNode(){return this._$AB}_$AI(i,e=this){i=wi(this,i,e),Yi(i)?i===k||i==null||i===""?(this._$AH!==k&&this._$AR(),this._$AH=k):i!==this._$AH&&i!==qs&&this._(i):i._$litType$!==void 0?this.$(i):i.nodeType!==void 0?this.T(i):hu(i)?this.k(i):this._(i)}O(i){return this._$AA.parentNode.insertBefore(i,this._$AB)}T(i){this._$AH!==i&&(this._$AR(),this._$AH=this.O(i))}_(i){this._$AH!==k&&Yi(this._$AH)?this._$AA.nextSibling.data=i:this.T(Ws.createTextNode(i)),this._$AH=i}$(i){let{values:e,_$litType$:t}=i,n=typeof t=="number"?this._$AC(i):(t.el===void 0&&(t.el=Ji.createElement($a(t.h,t.h[0]),this.options)),t);if(this._$AH?._$AD===n)this._$AH.p(e);else{let r=new Rr(n,this),o=r.u(this.options);r.p(e),this.T(o),this._$AH=r}}_$AC(i){let e=ya.get(i.strings);return e===void 0&&ya.set(i.strings,e=new Ji(i)),e}k(i){Ir(this._$AH)||(this._$AH=[],this._$AR());let e=this._$AH,t,n=0;for(let r of i)n===e.length?e.push(t=new s(this.O(Zi()),this.O(Zi()),this,this.options)):t=e[n],t._$AI(r),n++;n<e.length&&(this._$AR(t&&t._$AB.nextSibling,n),e.length=n)}_$AR(i=this._$AA.nextSibling,e){for(this._$AP?.(!1,!0,e);i!==this._$AB;){let t=ma(i).nextSibling;ma(i).remove(),i=t}}setConnected(i){this._$AM===void 0&&(this._$Cv=i,this._$AP?.(i))}},xi=class{get tagName(){return this.element.tagName}get _$AU(){return this._$AM._$AU}constructor(i,e,t,n,r){this.type=1,this._$AH=k,this._$AN=void 0,this.element=i,this.name=e,this._$AM=n,this.options=r,t.length>2||t[0]!==""||t[1]!==""?(this._$AH=Array(t.length-1).fill(new String),this.strings=t):this._$AH=k}_$AI(i,e=this,t,n){let r=this.strings,o=!1;if(r===void 0)i=wi(this,i,e,0),o=!Yi(i)||i!==this._$AH&&i!==qs,o&&(this._$AH=i);else{let a=i,c,u;for(i=r[0],c=0;c<r.length-1;c++)u=wi(this,a[t+c],e,c),u===qs&&(u=this._$AH[c]),o||=!Yi(u)||u!==this._$AH[c],u===k?i=k:i!==k&&(i+=(u??"")+r[c+1]),this._$AH[c]=u}o&&!n&&this.j(i)}j(i){i===k?this.element.removeAttribute(this.name):this.element.setAttribute(this.name,i??"")}},zr=class extends xi{constructor(){super(...arguments),this.type=3}j(i){this.element[this.name]=i===k?void 0:i}},Pr=class extends xi{constructor(){super(...arguments),this.type=4}j(i){this.element.toggleAttribute(this.name,!!i&&i!==k)}},Lr=class extends xi{constructor(i,e,t,n,r){super(i,e,t,n,r),this.type=5}_$AI(i,e=this){if((i=wi(this,i,e,0)??k)===qs)return;let t=this._$AH,n=i===k&&t!==k||i.capture!==t.capture||i.once!==t.once||i.passive!==t.passive,r=i!==k&&(t===k||n);n&&this.element.removeEventListener(this.name,this,t),r&&this.element.addEventListener(this.name,this,i),this._$AH=i}handleEvent(i){typeof this._$AH=="function"?this._$AH.call(this.options?.host??this.element,i):this._$AH.handleEvent(i)}},Nr=class{constructor(i,e,t){this.element=i,this.type=6,this._$AN=void 0,this._$AM=e,this.options=t}get _$AU(){return this._$AM._$AU}_$AI(i){wi(this,i)}};var pu=Dr.litHtmlPolyfillSupport;pu?.(Ji,Qi),(Dr.litHtmlVersions??=[]).push("3.3.3");var Sa=(s,i,e)=>{let t=e?.renderBefore??i,n=t._$litPart$;if(n===void 0){let r=e?.renderBefore??null;t._$litPart$=n=new Qi(i.insertBefore(Zi(),r),r,void 0,e??{})}return n._$AI(s),n};var Ur=globalThis,X=class extends ps{constructor(){super(...arguments),this.renderOptions={host:this},this._$Do=void 0}createRenderRoot(){let i=super.createRenderRoot();return this.renderOptions.renderBefore??=i.firstChild,i}update(i){let e=this.render();this.hasUpdated||(this.renderOptions.isConnected=this.isConnected),super.update(i),this._$Do=Sa(e,this.renderRoot,this.renderOptions)}connectedCallback(){super.connectedCallback(),this._$Do?.setConnected(!0)}disconnectedCallback(){super.disconnectedCallback(),this._$Do?.setConnected(!1)}render(){return qs}};X._$litElement$=!0,X.finalized=!0,Ur.litElementHydrateSupport?.({LitElement:X});var fu=Ur.litElementPolyfillSupport;fu?.({LitElement:X});(Ur.litElementVersions??=[]).push("4.2.2");var ce=s=>(i,e)=>{e!==void 0?e.addInitializer(()=>{customElements.define(s,i)}):customElements.define(s,i)};var gu={attribute:!0,type:String,converter:Wi,reflect:!1,hasChanged:Tn},bu=(s=gu,i,e)=>{let{kind:t,metadata:n}=e,r=globalThis.litPropertyMetadata.get(n);if(r===void 0&&globalThis.litPropertyMetadata.set(n,r=new Map),t==="setter"&&((s=Object.create(s)).wrapped=!0),r.set(e.name,s),t==="accessor"){let{name:o}=e;return{set(a){let c=i.get.call(this);i.set.call(this,a),this.requestUpdate(o,c,s,!0,a)},init(a){return a!==void 0&&this.C(o,void 0,s,a),a}}}if(t==="setter"){let{name:o}=e;return function(a){let c=this[o];i.call(this,a),this.requestUpdate(o,c,s,!0,a)}}throw Error("Unsupported decorator location: "+t)};function C(s){return(i,e)=>typeof e=="object"?bu(s,i,e):((t,n,r)=>{let o=n.hasOwnProperty(r);return n.constructor.createProperty(r,t),o?Object.getOwnPropertyDescriptor(n,r):void 0})(s,i,e)}function A(s){return C({...s,state:!0,attribute:!1})}var Zs=(s,i,e)=>(e.configurable=!0,e.enumerable=!0,Reflect.decorate&&typeof i!="object"&&Object.defineProperty(s,i,e),e);function $i(s,i){return(e,t,n)=>{let r=o=>o.renderRoot?.querySelector(s)??null;if(i){let{get:o,set:a}=typeof t=="object"?e:n??(()=>{let c=Symbol();return{get(){return this[c]},set(u){this[c]=u}}})();return Zs(e,t,{get(){let c=o.call(this);return c===void 0&&(c=r(this),(c!==null||this.hasUpdated)&&a.call(this,c)),c}})}return Zs(e,t,{get(){return r(this)}})}}var Mn=s=>s.callWS({type:"brewpit/hub/info"}),Cn=s=>s.callWS({type:"brewpit/nodes/list"}),ka=s=>s.callWS({type:"brewpit/nodes/pairing"}),Ea=(s,i,e)=>s.callWS({type:"brewpit/nodes/rename",device_id:i,name:e}),Ta=(s,i)=>s.callWS({type:"brewpit/nodes/rotate_token",device_id:i}),Aa=(s,i)=>s.callWS({type:"brewpit/nodes/remove",device_id:i}),Ma=s=>s.callWS({type:"brewpit/hydrometers/list"}),Ca=s=>s.callWS({type:"brewpit/hydrometers/gateways"}),Ra=(s,i,e)=>s.callWS({type:"brewpit/hydrometers/gateway_create",name:i,...e?{tz:e}:{}}),za=(s,i)=>s.callWS({type:"brewpit/hydrometers/gateway_delete",gateway_id:i}),Pa=(s,i)=>s.callWS({type:"brewpit/hydrometers/calibration",device_id:i}),La=(s,i,e,t)=>s.callWS({type:"brewpit/hydrometers/calibrate",device_id:i,input:e,points:t});function Rn(s,i){let e;try{e=new URL(s)}catch{return s}let t=e.hostname;return!t.includes(".")&&!t.includes(":")&&t!=="localhost"&&i&&(e.hostname=i),e.toString().replace(/\/$/,"")}function Na(s,i){return`sudo brewpit-edge pair ${s} ${i}`}var Da=s=>s.callWS({type:"brewpit/alerts/rules"}),Ia=(s,i)=>s.callWS({type:"brewpit/alerts/rule_create",...i}),Ha=(s,i)=>s.callWS({type:"brewpit/alerts/rule_delete",rule_id:i}),Fr=(s,i,e,t)=>s.callWS({type:"brewpit/chambers/command",device_id:i,command:e,params:t});function Oa(s){return{session_id:s.session_id,from:s.from,to:s.to,annotations:s.annotations,series:s.series.map(({t:i,v:e,decimals:t,tier:n,...r})=>{let o=10**t,a=new Array(i.length),c=s.from;for(let u=0;u<i.length;u++){c+=i[u];let f=e[u];a[u]=[c,f==null?null:f/o]}return{...r,points:a}})}}function Vr(s){return Object.fromEntries(Object.entries(s).filter(([,i])=>i!==void 0&&i!==""))}async function Es(s,i={}){return(await s.callWS({type:"brewpit/sessions/list",...Vr(i)})).sessions}function zn(s,i){return s.callWS({type:"brewpit/sessions/get",session_id:i})}function Fa(s,i){return s.callWS({type:"brewpit/sessions/create",...Vr(i)})}function Va(s,i,e){return s.callWS({type:"brewpit/sessions/update",session_id:i,...e})}function ja(s,i){return s.callWS({type:"brewpit/sessions/end",session_id:i})}async function Ga(s,i){await s.callWS({type:"brewpit/sessions/delete",session_id:i})}function Ka(s,i,e,t){return s.callWS({type:"brewpit/sessions/annotate",session_id:i,text:e,...t===void 0?{}:{ts:Math.round(t)}})}var Ua=!0;async function Bi(s,i,e={}){let t=Vr(e);if(t.from!==void 0&&(t.from=Math.floor(t.from)),t.to!==void 0&&(t.to=Math.ceil(t.to)),Ua)try{return Oa(await s.callWS({type:"brewpit/chart",session_id:i,...t}))}catch(n){if(n?.code!=="unknown_command")throw n;Ua=!1}return s.callWS({type:"brewpit/history",session_id:i,...t})}function ls(s){return s.callWS({type:"brewpit/series/list"})}var Xi=class extends Error{constructor(e){super(`CSV export failed: HTTP ${e}`);this.status=e}};async function Wa(s,i,e,t){let n=t?`?tz=${encodeURIComponent(t)}`:"",r=await s.fetchWithAuth(`/api/brewpit/sessions/${encodeURIComponent(i)}/export.csv${n}`);if(!r.ok)throw new Xi(r.status);let o=URL.createObjectURL(await r.blob());try{let a=document.createElement("a");a.href=o,a.download=e,a.rel="noopener",document.body.append(a),a.click(),a.remove()}finally{setTimeout(()=>URL.revokeObjectURL(o),1e4)}}function qa(s){let i=s.name.toLowerCase().normalize("NFKD").replace(/[^a-z0-9]+/g,"-").replace(/^-|-$/g,"").slice(0,60),e=new Date(s.started_at).toISOString().slice(0,10);return`${i||"session"}-${e}.csv`}function ee(s){return s&&typeof s=="object"&&"message"in s?String(s.message):String(s)}var Si=s=>s;function vu(s,i){return s==="temperature"||i==="°C"||i==="°F"}function yu(s,i){return s==="gravity"||s==="specific_gravity"||i==="SG"}function Ie(s){return s==="°F"?"°F":"°C"}function jr(s){return s*9/5+32}function en(s){return(s-32)*5/9}function He(s,i,e){return vu(s,i)?e==="°F"?{unit:"°F",decimals:1,toDisplay:jr,fromDisplay:en}:{unit:"°C",decimals:1,toDisplay:Si,fromDisplay:Si}:yu(s,i)?{unit:"SG",decimals:3,toDisplay:Si,fromDisplay:Si}:{unit:i,decimals:i==="%"||i==="hPa"?0:i==="V"?2:1,toDisplay:Si,fromDisplay:Si}}var Ts=s=>s;function tn(s,i){return s==="gravity"?{unit:"SG",decimals:3,level:Ts,levelIn:Ts,delta:Ts,deltaIn:Ts}:i==="°F"?{unit:"°F",decimals:1,level:jr,levelIn:en,delta:e=>e*9/5,deltaIn:e=>e*5/9}:{unit:"°C",decimals:1,level:Ts,levelIn:Ts,delta:Ts,deltaIn:Ts}}function As(s){let i=s.trim().replace(",",".");return i===""?Number.NaN:Number(i)}function _u(s){switch(s.number_format){case"comma_decimal":return["en-US","en"];case"decimal_comma":return["de","es","it"];case"space_comma":return["fr","sv","cs"];case"system":return;default:return s.language}}function wu(s){if(s.time_format==="12")return!0;if(s.time_format==="24")return!1}function Gr(s,i){return s.time_zone==="server"&&i?i:Intl.DateTimeFormat().resolvedOptions().timeZone||"UTC"}function Oe(s,i){let e=_u(s),t=s.number_format==="none",n=new Map,r=Gr(s,i),o=wu(s),a=s.language||"en",c=x=>new Intl.DateTimeFormat(a,{hour12:o,timeZone:r,...x}),u=c({dateStyle:"medium",timeStyle:"short"}),f=c({hour:"numeric",minute:"2-digit"}),m=c({hour:"numeric",minute:"2-digit",second:"2-digit"}),v=c({month:"short",day:"numeric"}),w=c({year:"numeric",month:"short",day:"numeric"}),S=c({weekday:"short",hour:"numeric",minute:"2-digit"}),P=c({year:"numeric",month:"2-digit",day:"2-digit"}),z=c({timeZoneName:"short"}),T=new Intl.RelativeTimeFormat(a,{numeric:"auto"});return{timeZone:r,number(x,N){if(x==null||!Number.isFinite(x))return"—";let M=n.get(N);return M||(M=new Intl.NumberFormat(e,{minimumFractionDigits:N,maximumFractionDigits:N,useGrouping:!t}),n.set(N,M)),M.format(x)},dateTime:x=>u.format(x),time:x=>f.format(x),timeSeconds:x=>m.format(x),date:x=>v.format(x),dateYear:x=>w.format(x),zone:x=>z.formatToParts(x).find(N=>N.type==="timeZoneName")?.value??r,clock:(x,N)=>(P.format(x)===P.format(N)?f:S).format(x),relative(x){let N=Math.max(0,Math.round(x/1e3));if(N<60)return T.format(-N,"second");let M=Math.round(N/60);if(M<60)return T.format(-M,"minute");let W=Math.round(M/60);return W<48?T.format(-W,"hour"):T.format(-Math.round(W/24),"day")}}}function Ht(s,i){if(!Number.isFinite(s)||s<0)return"—";let e=Math.floor(s/1e3);if(e<60)return i("duration.seconds",{s:e});let t=Math.floor(e/60);if(t<60)return i("duration.minutes",{m:t});let n=Math.floor(t/60);return n<48?i("duration.hours",{h:n,m:String(t%60).padStart(2,"0")}):i("duration.days",{d:Math.floor(n/24),h:n%24})}function Ya(s,i){if(!Number.isFinite(s))return"—";if(s<6e4)return i("remaining.under_minute");let e=Math.ceil(s/6e4),t=Math.floor(e/60),n=e%60;return t===0?i("remaining.minutes",{m:n}):i("remaining.hours",{h:t,m:String(n).padStart(2,"0")})}function Pn(s){let i=s<0,e=Math.round(Math.abs(s)/60),t=Math.floor(e/60),n=e%60,r=t>=48?Math.floor(t/24):0,o=r>0?String(t%24).padStart(2,"0"):String(t),a=`${r>0?`${r}d `:""}${o}:${String(n).padStart(2,"0")}`;return i?`-${a}`:a}var Ja={"panel.open_sidebar":"Seitenleiste öffnen","panel.back":"Zurück zu den Sitzungen","panel.views":"Brewpit-Ansichten","panel.sessions":"Sitzungen","panel.live":"Live","common.cancel":"Abbrechen","common.close":"Schließen","kind.cook":"Grillen","kind.brew":"Brauen","status.running":"Läuft","status.ended":"Beendet","role.pit":"Garraum","role.meat":"Fleisch","role.wort":"Würze","role.chamber":"Gärkammer","role.gravity":"Stammwürze","role.ambient":"Umgebung","role.other":"Sonstiges","duration.seconds":"{s} s","duration.minutes":"{m} min","duration.hours":"{h} h {m} min","duration.days":"{d} T {h} h","remaining.under_minute":"in unter einer Minute","remaining.minutes":"in {m} min","remaining.hours":"in {h} h {m} min","list.filters":"Filter","list.search_label":"Sitzungen suchen","list.search":"Name, Rezept, Notizen durchsuchen","list.all":"Alle","list.cooks":"Grillsitzungen","list.brews":"Sude","list.status":"Status","list.compare":"Vergleichen ({count})","list.compare_label":"{count} ausgewählte Sitzungen vergleichen","list.new":"Neue Sitzung","list.sessions":"Sitzungen","list.loading":"Sitzungen werden geladen…","list.none":"Keine passenden Sitzungen. Starte eine mit „Neue Sitzung“.","list.select":"{name} zum Vergleich auswählen","list.channels":"{count, plural, one {# Kanal} other {# Kanäle}}","list.max":"{label} max. {value}","form.title":"Neue Sitzung","form.name":"Name","form.kind":"Art","form.recipe":"Rezept","form.og":"Stammwürze (SG)","form.probes":"Fühler","form.loading_probes":"Fühler werden geladen…","form.no_probes":"Noch keine Fühler bekannt; zuerst einen Edge-Knoten koppeln.","form.no_reading":"kein Messwert","form.other_probes":"{count, plural, one {# weiterer Fühler} other {# weitere Fühler}} (beim {kind} unüblich)","form.ha_sensors":"Home-Assistant-Sensoren ({count})","form.search_sensors":"Sensoren nach Name, Gerät oder Bereich suchen","form.other_roles":"Andere Rollen","form.role_of":"Rolle von {probe}","form.target_of":"Zielwert von {probe} in {unit}","form.target_placeholder":"Ziel {unit}","form.in_use":"Wird in {sessions} verwendet (läuft)","form.share":"Auch hier verwenden (geteilt mit {sessions})","form.confirm_share_first":"{probe} gehört schon zu einer laufenden Sitzung: Teilen bestätigen oder weglassen.","form.start":"Sitzung starten","detail.loading":"Sitzung wird geladen…","detail.live_unavailable":"Live-Daten nicht verfügbar: {error}","detail.export_csv":"CSV exportieren","detail.export_failed":"Der CSV-Export ist fehlgeschlagen (HTTP {status}).","detail.started":"Begonnen {time}","detail.ended":"beendet {time}","detail.chart":"Diagramm","detail.chart_of":"Diagramm {name}","detail.pan_earlier":"Früher","detail.pan_later":"Später","detail.zoom_in":"Vergrößern","detail.zoom_out":"Verkleinern","detail.reset_zoom":"Zoom zurücksetzen","detail.back_to_live":"Zurück zu live","detail.range_live":"Live · ganze Sitzung","detail.range_live_window":"Live · letzte {duration}","detail.range_whole":"Ganze Sitzung","detail.downsampled":"verdichtet","detail.no_channels":"Diese Sitzung hat noch keine Kanäle.","detail.end":"Sitzung beenden","detail.confirm_end":"Beenden bestätigen","detail.confirm_end_group":"Beenden der Sitzung bestätigen","figures.title":"Kennzahlen","figures.title_in_view":"Kennzahlen im Ausschnitt","figures.channel":"Kanal","figures.now":"Jetzt","figures.min":"Min.","figures.max":"Max.","figures.target":"Ziel","notes.title":"Notizen und Warnungen","notes.text":"Notiztext","notes.placeholder":"Notiz hinzufügen, z. B. in Metzgerpapier gewickelt","notes.add":"Notiz hinzufügen","notes.at_picked":"Um {time} (im Diagramm gewählt)","notes.use_now":"jetzt verwenden","notes.at_now":"Zur aktuellen Zeit; ins Diagramm klicken, um einen anderen Zeitpunkt zu wählen.","notes.none":"Noch keine Notizen.","notes.kind.note":"Notiz","notes.kind.alert":"Warnung","notes.kind.event":"Ereignis","predictions.probe":"Fühler {id}","predictions.reached":"Ziel erreicht","predictions.reached_at":"erreicht um {time}","predictions.soon":"Bald fertig","predictions.band":"zwischen {low} und {high}","predictions.stall_on":"Im Plateau seit {time} ({duration})","predictions.stall_over":"{duration} im Plateau, steigt wieder seit {time}","predictions.gravity":"Dichte {value}","predictions.attenuation":"{value} % Vergärungsgrad","predictions.abv":"{value} % Alkohol","predictions.finished":"Fertig","eta.reason.warming_up":"wärmt sich auf","eta.reason.stall":"im Plateau — Schätzung folgt, sobald die Temperatur wieder steigt","eta.reason.no_progress":"erwärmt sich noch nicht messbar","eta.reason.no_pit":"braucht einen Garraumfühler in dieser Sitzung","eta.reason.pit_below_target":"der Garraum ist zu kühl für das Ziel","eta.reason.fit_poor":"Messwerte noch zu unruhig für eine Schätzung","eta.reason.too_far":"mehr als 12 Stunden entfernt","eta.reason.no_target":"kein Ziel gesetzt","eta.reason.other":"noch keine Schätzung","chart.role":"Diagramm","chart.hint":"Ziehen zum Zoomen; Pfeiltasten verschieben, Plus und Minus zoomen, 0 setzt zurück.","chart.legend":"Legende","chart.elapsed_axis":"Dauer (h:mm)","chart.target":"{label} Ziel {value}","chart.eta":"fertig {time}","chart.reached":"erreicht","chart.stall":"Plateau","chart.stall_of":"{label}: Plateau","compare.pick":"Zwei oder mehr Sitzungen in der Liste wählen, um sie zu vergleichen.","compare.go_to_sessions":"Zu den Sitzungen","compare.title":"{count} Sitzungen vergleichen","compare.role_compared":"{role} im Vergleich","compare.chart_label":"{role} von {count} Sitzungen nach Dauer","compare.nothing":"Diese Sitzungen haben keine vergleichbaren Kanäle.","live.loading":"Fühler werden geladen…","live.no_probes":"Noch keine Fühler. Einen Edge-Knoten koppeln, um ihn hier zu sehen.","live.node":"Knoten {name}","live.unavailable":"Nicht verfügbar","live.last_seen":"zuletzt gesehen {when}","live.never_seen":"nie gesehen","panel.devices":"Geräte","panel.hydrometers":"Spindeln","empty.open_devices":"Zu „Geräte“, um einen zu koppeln","empty.open_hydrometers":"Eine Spindel einrichten","form.edit_title":"Sitzung bearbeiten","form.notes":"Notizen","form.save":"Änderungen speichern","form.bad_target":"Das Ziel von {probe} ist keine Zahl.","detail.edit":"Bearbeiten","detail.delete":"Löschen","detail.confirm_delete":"Endgültig löschen","detail.confirm_delete_group":"Löschen der Sitzung bestätigen","detail.delete_consequence":"Löscht die Sitzung, ihre Notizen und Alarme; die Messwerte bleiben bei ihren Geräten.","devices.title":"Geräte","devices.admin_only":"Nur Administratoren können Geräte sehen und ändern.","devices.loading":"Geräte werden geladen…","devices.none":"Noch keine Geräte. Koppel einen Edge-Knoten mit „Knoten koppeln“ oder richte auf der Seite „Spindeln“ eine Spindel ein.","devices.pair":"Knoten koppeln","devices.pair_title":"Knoten koppeln","devices.pair_code":"Einmal-Code","devices.pair_expires":"gültig noch {m}:{s}","devices.pair_expired":"abgelaufen; neuen Code holen","devices.pair_run":"Auf dem Pi ausführen:","devices.pair_then":"Dann den Knoten neu starten: sudo systemctl restart brewpit-edge","devices.pair_waiting":"Warte auf den Knoten… er erscheint unten von selbst.","devices.pair_new_code":"Neuer Code","devices.copy":"Kopieren","devices.copied":"Kopiert","devices.kind_edge":"Edge-Knoten","devices.kind_hydrometer":"Spindel","devices.online":"Online","devices.silent":"Stumm","devices.never":"Nie gesehen","devices.just_paired":"Gerade gekoppelt","devices.last_seen":"Zuletzt gesehen","devices.outbox":"Ungesendete Messwerte","devices.oldest":"ältester {time}","devices.dropped":"Verworfene Messwerte","devices.version":"Software","devices.no_sensors":"Noch keine Sensoren gemeldet.","devices.rename":"Umbenennen","devices.new_name":"Neuer Name","devices.save":"Speichern","devices.rotate":"Neues Token","devices.rotate_consequence":"Das aktuelle Token des Knotens wird sofort ungültig. Das neue muss auf den Knoten (oder ihn neu koppeln), sonst sendet er keine Messwerte.","devices.confirm_rotate":"Token ersetzen","devices.token_shown_once":"Neues Token (nur jetzt sichtbar; in die Token-Datei des Knotens schreiben):","devices.remove":"Entfernen","devices.remove_consequence":"Entfernen löscht das Gerät mit allen Messwerten seiner Sensoren, seinen Befehlen, seiner Spindel-Zuordnung und Kalibrierung sowie sein Home-Assistant-Gerät und dessen Entitäten. Sein Token wird ungültig. Sitzungen bleiben, ohne die Daten dieses Geräts.","devices.confirm_remove":"Endgültig entfernen","hydro.title":"Spindeln","hydro.gateways":"Gateways","hydro.gateways_help":"Ein Gateway ist ein Token, mit dem iSpindel, Tilt oder GravityMon senden. Lege eines an und trage die URL für deinen Gerätetyp in dessen Einstellungen ein.","hydro.gateway_name":"Name des Gateways","hydro.create":"Gateway anlegen","hydro.no_gateways":"Noch kein Gateway: lege eines an, um die URLs zu erhalten.","hydro.urls":"URLs für „{name}“ (sie enthalten das Token und werden nur jetzt gezeigt):","hydro.device_type":"Gerät","hydro.url":"URL","hydro.where":"Wo eintragen","hydro.where.ispindel":"iSpindel: Diensttyp HTTP, volle URL unter Path","hydro.where.tilt":"Tilt-App oder TiltPi: Cloud URL","hydro.where.brewfather":"GravityMon und andere Brewfather-Streams: eigene Stream-URL","hydro.delete_gateway":"Löschen","hydro.delete_gateway_consequence":"Spindeln mit diesem Token werden ab jetzt abgewiesen; ihre Daten bleiben.","hydro.list":"Spindeln","hydro.none":"Noch hat keine Spindel gesendet. Sie erscheint hier nach ihrem ersten Wert.","hydro.gravity":"Dichte","hydro.battery":"Akku","hydro.signal":"Signal","hydro.calibrate":"Kalibrieren","hydro.cal_title":"{name} kalibrieren","hydro.cal_help":"Trage Paare aus Spindel-Anzeige und wahrer Dichte ein (Refraktometer oder Referenzspindel). Ab drei Paaren wird eine Kurve angepasst.","hydro.cal_input":"Die Spindel misst","hydro.cal_input.angle":"Neigungswinkel (°)","hydro.cal_input.gravity":"Dichte (SG)","hydro.cal_raw":"Anzeige","hydro.cal_actual":"Wahre Dichte (SG)","hydro.cal_add":"Paar hinzufügen","hydro.cal_remove":"Paar {n} entfernen","hydro.cal_residual":"Abweichung","hydro.cal_fit":"Angepasst: {formula} (R² {r2})","hydro.cal_none":"Noch nicht kalibriert.","hydro.cal_save":"Speichern und anpassen","hydro.cal_export":"Exportieren","hydro.cal_import":"Importieren","hydro.cal_import_label":"Zu importierende Kalibrierung (JSON)","hydro.cal_bad_pair":"Paar {n} braucht zwei Zahlen.","hydro.cal_saved":"Gespeichert; neue Messwerte werden ab jetzt kalibriert.","panel.alerts":"Alarme","alerts.title":"Alarmregeln","alerts.new":"Neue Regel","alerts.kind":"Wenn","alerts.kind.above":"Über","alerts.kind.below":"Unter","alerts.kind.rate_of_change":"Ändert sich schneller als","alerts.role":"Rolle des Fühlers","alerts.scope":"Für","alerts.every_session":"Jede Sitzung","alerts.threshold":"Schwelle ({unit})","alerts.rate":"Rate pro Minute ({unit})","alerts.hysteresis":"Hysterese ({unit})","alerts.min_duration":"Mindestens (Minuten)","alerts.add":"Regel hinzufügen","alerts.rules":"Regeln","alerts.none":"Keine Regeln. Schwellen hier hinzufügen.","alerts.per_min":"{value} pro Minute","alerts.for_min":"für {m} min","alerts.bad_value":"Gib die Schwelle (oder eine Rate über 0) als Zahl ein.","alerts.bad_hysteresis":"Die Hysterese muss eine Zahl ab 0 sein.","alerts.bad_minutes":"Die Dauer muss zwischen 0 und 1440 Minuten liegen.","panel.fermentation":"Gärung","ferm.title":"Gärkammern","ferm.none":"Noch keine Kammer. Ein Edge-Knoten mit einer Gärkammer in seiner edge.yaml erscheint hier; koppel ihn auf der Seite „Geräte“.","ferm.setpoint":"Sollwert {value}","ferm.step":"Schritt {n} von {count}","ferm.finished":"fertig, der letzte Sollwert wird gehalten","ferm.progress":"Fortschritt des Schritts","ferm.remaining":"noch {d} in diesem Schritt","ferm.stop":"Profil anhalten","ferm.no_profile":"Kein Profil aktiv.","ferm.new_profile":"Profil starten","ferm.name":"Profilname","ferm.chamber":"Auf Kammer","ferm.type":"Schritt","ferm.target":"Ziel ({unit})","ferm.hours":"Stunden","ferm.until_gravity":"Bis Dichte unter (SG)","ferm.type_of":"Art von Schritt {n}","ferm.target_of":"Ziel von Schritt {n} ({unit})","ferm.hours_of":"Stunden von Schritt {n}","ferm.gravity_of":"Dichte, die Schritt {n} beendet","ferm.remove_step":"Schritt {n} entfernen","ferm.hold":"Halten","ferm.ramp":"Rampe auf","ferm.add_step":"Schritt hinzufügen","ferm.start":"Auf der Kammer starten","ferm.pick_chamber":"Wähle die Kammer, auf der es laufen soll.","ferm.bad_target":"Schritt {step}: das Ziel muss eine Zahl zwischen -5 und 40 °C (23 und 104 °F) sein.","ferm.bad_hours":"Schritt {step}: die Stunden müssen eine Zahl über 0 sein.","ferm.bad_ramp_hours":"Schritt {step}: eine Rampe braucht ihre Stunden.","ferm.bad_gravity":"Schritt {step}: die Dichte muss ein SG zwischen 0,980 und 1,200 sein.","ferm.sent":"An {chamber} gesendet; es startet beim nächsten Kontakt des Knotens.","ferm.stop_sent":"Anhalten an {chamber} gesendet."};var Kr={"panel.open_sidebar":"Open the sidebar","panel.back":"Back to sessions","panel.views":"Brewpit views","panel.sessions":"Sessions","panel.live":"Live","common.cancel":"Cancel","common.close":"Close","kind.cook":"Cook","kind.brew":"Brew","status.running":"Running","status.ended":"Ended","role.pit":"Pit","role.meat":"Meat","role.wort":"Wort","role.chamber":"Chamber","role.gravity":"Gravity","role.ambient":"Ambient","role.other":"Other","duration.seconds":"{s} s","duration.minutes":"{m} min","duration.hours":"{h} h {m} min","duration.days":"{d} d {h} h","remaining.under_minute":"in under a minute","remaining.minutes":"in {m} min","remaining.hours":"in {h} h {m} min","list.filters":"Filters","list.search_label":"Search sessions","list.search":"Search name, recipe, notes","list.all":"All","list.cooks":"Cooks","list.brews":"Brews","list.status":"Status","list.compare":"Compare ({count})","list.compare_label":"Compare {count} selected sessions","list.new":"New session","list.sessions":"Sessions","list.loading":"Loading sessions…","list.none":"No sessions match. Start one with “New session”.","list.select":"Select {name} for comparison","list.channels":"{count, plural, one {# channel} other {# channels}}","list.max":"{label} max {value}","form.title":"New session","form.name":"Name","form.kind":"Kind","form.recipe":"Recipe","form.og":"Original gravity","form.probes":"Probes","form.loading_probes":"Loading probes…","form.no_probes":"No probes known yet: pair an edge node on the Devices page.","form.no_reading":"no reading","form.other_probes":"{count, plural, one {# more probe} other {# more probes}} (not usual in a {kind})","form.ha_sensors":"Home Assistant sensors ({count})","form.search_sensors":"Search sensors by name, device or area","form.other_roles":"Other roles","form.role_of":"Role of {probe}","form.target_of":"Target of {probe} in {unit}","form.target_placeholder":"target {unit}","form.in_use":"In use in {sessions} (running)","form.share":"Also use it here (shared with {sessions})","form.confirm_share_first":"{probe} is already part of a running session: confirm sharing it, or leave it out.","form.start":"Start session","detail.loading":"Loading session…","detail.live_unavailable":"Live updates unavailable: {error}","detail.export_csv":"Export CSV","detail.export_failed":"The CSV export failed (HTTP {status}).","detail.started":"Started {time}","detail.ended":"ended {time}","detail.og":"OG {value}","detail.chart":"Chart","detail.chart_of":"{name} chart","detail.pan_earlier":"Pan earlier","detail.pan_later":"Pan later","detail.zoom_in":"Zoom in","detail.zoom_out":"Zoom out","detail.reset_zoom":"Reset zoom","detail.back_to_live":"Back to live","detail.range_live":"Live · whole session","detail.range_live_window":"Live · last {duration}","detail.range_whole":"Whole session","detail.downsampled":"downsampled","detail.no_channels":"This session has no channels yet.","detail.end":"End session","detail.confirm_end":"Confirm end","detail.confirm_end_group":"Confirm ending the session","figures.title":"Key figures","figures.title_in_view":"Key figures in view","figures.channel":"Channel","figures.now":"Now","figures.min":"Min","figures.max":"Max","figures.target":"Target","notes.title":"Notes and alerts","notes.text":"Note text","notes.placeholder":"Add a note, e.g. wrapped in butcher paper","notes.add":"Add note","notes.at_picked":"At {time} (picked on the chart)","notes.use_now":"use now","notes.at_now":"At the current time; click the chart to pick another moment.","notes.none":"No notes yet.","notes.kind.note":"note","notes.kind.alert":"alert","notes.kind.event":"event","predictions.probe":"Probe {id}","predictions.reached":"Target reached","predictions.reached_at":"reached at {time}","predictions.soon":"Done soon","predictions.band":"between {low} and {high}","predictions.stall_on":"In the stall since {time} ({duration})","predictions.stall_over":"Stalled for {duration}, climbing again since {time}","predictions.gravity":"Gravity {value}","predictions.attenuation":"{value} % attenuation","predictions.abv":"{value} % ABV","predictions.finished":"Finished","eta.reason.warming_up":"warming up","eta.reason.stall":"in the stall — estimate resumes when the temperature climbs again","eta.reason.no_progress":"not heating up measurably yet","eta.reason.no_pit":"needs a pit probe in this session","eta.reason.pit_below_target":"the pit is not hot enough to reach the target","eta.reason.fit_poor":"readings too uneven for an estimate yet","eta.reason.too_far":"more than 12 hours away","eta.reason.no_target":"no target set","eta.reason.other":"no estimate yet","chart.role":"chart","chart.hint":"Drag to zoom; arrow keys pan, plus and minus zoom, 0 resets.","chart.legend":"Legend","chart.elapsed_axis":"Elapsed (h:mm)","chart.target":"{label} target {value}","chart.target_note":"{label} {value} · {note}","chart.eta":"ETA {time}","chart.reached":"reached","chart.stall":"Stall","chart.stall_of":"{label}: stall","compare.pick":"Pick two or more sessions in the list to compare them.","compare.go_to_sessions":"Go to sessions","compare.title":"Compare {count} sessions","compare.role_compared":"{role} compared","compare.chart_label":"{role} of {count} sessions by elapsed time","compare.nothing":"These sessions have no channels to compare.","live.loading":"Loading probes…","live.no_probes":"No probes yet: pair an edge node on the Devices page to see it here.","live.node":"Node {name}","live.unavailable":"Unavailable","live.last_seen":"last seen {when}","live.never_seen":"never seen","panel.devices":"Devices","panel.hydrometers":"Hydrometers","empty.open_devices":"Open Devices to pair one","empty.open_hydrometers":"Set up a hydrometer","form.edit_title":"Edit session","form.notes":"Notes","form.save":"Save changes","form.bad_target":"The target of {probe} is not a number.","detail.edit":"Edit","detail.delete":"Delete","detail.confirm_delete":"Delete for good","detail.confirm_delete_group":"Confirm deleting the session","detail.delete_consequence":"Deletes the session, its notes and alerts; the readings stay with their devices.","devices.title":"Devices","devices.admin_only":"Only administrators can see and change devices.","devices.loading":"Loading devices…","devices.none":"No devices yet. Pair an edge node with “Pair a node”, or set up a hydrometer on the Hydrometers page.","devices.pair":"Pair a node","devices.pair_title":"Pair a node","devices.pair_code":"One-time code","devices.pair_expires":"valid for {m}:{s}","devices.pair_expired":"expired; get a new code","devices.pair_run":"On the Pi, run:","devices.pair_then":"Then restart the node: sudo systemctl restart brewpit-edge","devices.pair_waiting":"Waiting for the node… it appears below by itself.","devices.pair_new_code":"New code","devices.copy":"Copy","devices.copied":"Copied","devices.kind_edge":"Edge node","devices.kind_hydrometer":"Hydrometer","devices.online":"Online","devices.silent":"Silent","devices.never":"Never seen","devices.just_paired":"Just paired","devices.last_seen":"Last seen","devices.outbox":"Unsent readings","devices.oldest":"oldest {time}","devices.dropped":"Dropped readings","devices.version":"Software","devices.no_sensors":"No sensors reported yet.","devices.rename":"Rename","devices.new_name":"New name","devices.save":"Save","devices.rotate":"New token","devices.rotate_consequence":"The node’s current token stops working at once. Put the new one on the node (or pair it again), or it cannot send readings.","devices.confirm_rotate":"Replace the token","devices.token_shown_once":"New token (shown once; write it to the node’s token file):","devices.remove":"Remove","devices.remove_consequence":"Removing deletes the device with all its sensors’ readings, its commands, its hydrometer mapping and calibration, and its Home Assistant device and entities. Its token stops working. Sessions stay, without this device’s channels’ data.","devices.confirm_remove":"Remove for good","hydro.title":"Hydrometers","hydro.gateways":"Gateways","hydro.gateways_help":"A gateway is a token your iSpindel, Tilt or GravityMon posts with. Create one, then paste the URL for your device type into its settings.","hydro.gateway_name":"Gateway name","hydro.create":"Create gateway","hydro.no_gateways":"No gateway yet: create one to get the URLs to paste.","hydro.urls":"URLs for “{name}” (the token is in them and shown only now):","hydro.device_type":"Device","hydro.url":"URL","hydro.where":"Where to paste it","hydro.where.ispindel":"iSpindel: Service type HTTP, full URL in Path","hydro.where.tilt":"Tilt app or TiltPi: Cloud URL","hydro.where.brewfather":"GravityMon and other Brewfather-style streams: custom stream URL","hydro.delete_gateway":"Delete","hydro.delete_gateway_consequence":"Hydrometers posting with this token are refused from now on; their data stays.","hydro.list":"Hydrometers","hydro.none":"No hydrometer has posted yet. It appears here after its first post.","hydro.gravity":"Gravity","hydro.battery":"Battery","hydro.signal":"Signal","hydro.calibrate":"Calibrate","hydro.cal_title":"Calibrate {name}","hydro.cal_help":"Enter pairs of what the hydrometer read and the true gravity (from a refractometer or a reference hydrometer). Three or more pairs fit a curve.","hydro.cal_input":"The hydrometer reads","hydro.cal_input.angle":"tilt angle (°)","hydro.cal_input.gravity":"gravity (SG)","hydro.cal_raw":"Reading","hydro.cal_actual":"True gravity (SG)","hydro.cal_add":"Add a pair","hydro.cal_remove":"Remove pair {n}","hydro.cal_residual":"Residual","hydro.cal_fit":"Fitted: {formula} (R² {r2})","hydro.cal_none":"Not calibrated yet.","hydro.cal_save":"Save and fit","hydro.cal_export":"Export","hydro.cal_import":"Import","hydro.cal_import_label":"Calibration to import (JSON)","hydro.cal_bad_pair":"Pair {n} needs two numbers.","hydro.cal_saved":"Saved; new readings are calibrated from now on.","panel.alerts":"Alerts","alerts.title":"Alert rules","alerts.new":"New rule","alerts.kind":"When","alerts.kind.above":"Above","alerts.kind.below":"Below","alerts.kind.rate_of_change":"Changes faster than","alerts.role":"Probe role","alerts.scope":"For","alerts.every_session":"Every session","alerts.threshold":"Threshold ({unit})","alerts.rate":"Rate per minute ({unit})","alerts.hysteresis":"Hysteresis ({unit})","alerts.min_duration":"For at least (minutes)","alerts.add":"Add rule","alerts.rules":"Rules","alerts.none":"No rules. Add thresholds here.","alerts.per_min":"{value} per minute","alerts.for_min":"for {m} min","alerts.bad_value":"Enter the threshold (or a rate above 0) as a number.","alerts.bad_hysteresis":"The hysteresis must be a number of 0 or more.","alerts.bad_minutes":"The duration must be between 0 and 1440 minutes.","panel.fermentation":"Fermentation","ferm.title":"Fermentation chambers","ferm.none":"No chamber yet. An edge node with a fermentation chamber in its edge.yaml shows up here; pair one on the Devices page.","ferm.setpoint":"Setpoint {value}","ferm.step":"step {n} of {count}","ferm.finished":"finished, holding the last setpoint","ferm.progress":"Progress of the step","ferm.remaining":"{d} left in this step","ferm.stop":"Stop profile","ferm.no_profile":"No profile running.","ferm.new_profile":"Start a profile","ferm.name":"Profile name","ferm.chamber":"On chamber","ferm.type":"Step","ferm.target":"Target ({unit})","ferm.hours":"Hours","ferm.until_gravity":"Until gravity below (SG)","ferm.type_of":"Kind of step {n}","ferm.target_of":"Target of step {n} ({unit})","ferm.hours_of":"Hours of step {n}","ferm.gravity_of":"Gravity ending step {n}","ferm.remove_step":"Remove step {n}","ferm.hold":"Hold","ferm.ramp":"Ramp to","ferm.add_step":"Add a step","ferm.start":"Start on the chamber","ferm.pick_chamber":"Pick the chamber to run it on.","ferm.bad_target":"Step {step}: the target must be a number between -5 and 40 °C (23 and 104 °F).","ferm.bad_hours":"Step {step}: hours must be a number above 0.","ferm.bad_ramp_hours":"Step {step}: a ramp needs its hours.","ferm.bad_gravity":"Step {step}: the gravity must be an SG between 0.980 and 1.200.","ferm.sent":"Sent to {chamber}; it starts with the node’s next contact.","ferm.stop_sent":"Stop sent to {chamber}."};var Wr={en:Kr,de:Ja};function xu(s){let i=(s||"en").toLowerCase();if(Wr[i])return i;let e=i.split(/[-_]/)[0];return Wr[e]?e:"en"}function Xa(s,i){let e=0;for(let t=i;t<s.length;t++)if(s[t]==="{")e++;else if(s[t]==="}"&&--e===0)return t;return-1}function $u(s){let i=new Map,e=0;for(;e<s.length;){let t=s.indexOf("{",e);if(t<0)break;let n=Xa(s,t);if(n<0)break;i.set(s.slice(e,t).trim(),s.slice(t+1,n)),e=n+1}return i}function Ba(s,i,e,t){let n="",r=0;for(;r<s.length;){let o=s.indexOf("{",r);if(o<0){n+=s.slice(r);break}n+=s.slice(r,o);let a=Xa(s,o);if(a<0){n+=s.slice(o);break}let c=s.slice(o+1,a),u=c.indexOf(",");if(u<0){let f=i[c.trim()];n+=f===void 0?"":String(f)}else{let f=c.slice(0,u).trim(),m=c.slice(u+1),v=m.slice(m.indexOf(",")+1),w=Number(i[f]??0),S=$u(v),P=S.get(`=${w}`)??S.get(e.select(w))??S.get("other")??"";n+=Ba(P.replace(/#/g,t(w)),i,e,t)}r=a+1}return n}var Qa=new Map;function oe(s){let i=xu(s),e=Qa.get(i);if(e)return e;let t=Wr[i],n=new Intl.PluralRules(i),r=new Intl.NumberFormat(i),o=a=>r.format(a);return e=(a,c={})=>Ba(t[a]??Kr[a],c,n,o),Qa.set(i,e),e}function Ee(s){return s.locale?.language||s.language||"en"}function ae(s){let i,e;return(...t)=>(i&&i.length===t.length&&i.every((n,r)=>n===t[r])||(e=s(...t),i=t),e)}var el={cook:["pit","meat","ambient","other"],brew:["wort","chamber","gravity","ambient","other"]};function tl(s){let i=[...el[s]];return{fitting:i,others:["pit","meat","wort","chamber","gravity","ambient","other"].filter(t=>!i.includes(t))}}var sl=(s,i)=>el[i].includes(s),Su={pit:"role.pit",meat:"role.meat",wort:"role.wort",chamber:"role.chamber",gravity:"role.gravity",ambient:"role.ambient",other:"role.other"};function Et(s,i){let e=Su[s];return e?i(e):s}var ku=[["gravity",/\b(gravity|sg|hydrometer|ispindel|tilt|plato)\b/],["chamber",/\b(chamber|fridge|keezer|freezer|cellar)\b/],["wort",/\b(wort|beer|must|mash|ferment\w*)\b/],["pit",/\b(pit|grate|grill|dome|smoker|cooker|kamado|kettle|oven|firebox|lid)\b/],["meat",/\b(meat|food|probe|brisket|ribs?|shoulder|butt|chicken|turkey|pork|beef|lamb|ham|steak|wings?|thigh|breast|salmon|fish|chuck|loin|tri.?tip|roast|sausage|point|flat)\b/],["ambient",/\b(ambient|outside|outdoors?|room|air|weather)\b/]];function qr(s,i,e){if(e==="gravity"||e==="specific_gravity")return"gravity";if(e!=="temperature"&&e!=="")return e==="humidity"||e==="pressure"?"ambient":"other";let t=`${s} ${i}`.replace(/([a-z])([A-Z])/g,"$1 $2").replace(/(\d+)/g," $1 ").replace(/[_-]+/g," ").toLowerCase();for(let[n,r]of ku)if(r.test(t))return n;return"other"}var il=new Set(["battery","voltage","signal_strength","data_size","angle"]);var fe=he`
  :host {
    color: var(--primary-text-color);
    font-family: var(--ha-font-family-body, Roboto, Noto, sans-serif);
  }
  .card {
    background: var(--card-background-color, var(--ha-card-background));
    border: 1px solid var(--divider-color);
    border-radius: var(--ha-card-border-radius, 12px);
    padding: 16px;
    margin-block-end: 16px;
    box-sizing: border-box;
  }
  h2 {
    font-size: 1.25rem;
    font-weight: 500;
    margin: 0 0 12px;
  }
  h3 {
    font-size: 1rem;
    font-weight: 500;
    margin: 0 0 8px;
  }
  button,
  .button {
    font: inherit;
    font-size: 0.875rem;
    font-weight: 500;
    color: var(--primary-color);
    background: transparent;
    border: 1px solid var(--divider-color);
    border-radius: 18px;
    padding-block: 6px;
    padding-inline: 14px;
    cursor: pointer;
    min-block-size: 36px;
    display: inline-flex;
    align-items: center;
    gap: 6px;
    text-decoration: none;
  }
  button.primary {
    background: var(--primary-color);
    color: var(--text-primary-color, #fff);
    border-color: var(--primary-color);
  }
  button.danger {
    color: var(--error-color);
    border-color: var(--error-color);
  }
  button.icon {
    padding-inline: 8px;
    min-inline-size: 36px;
    justify-content: center;
  }
  button:disabled {
    opacity: 0.5;
    cursor: default;
  }
  button:focus-visible,
  a:focus-visible,
  input:focus-visible,
  select:focus-visible,
  [tabindex]:focus-visible {
    outline: 2px solid var(--primary-color);
    outline-offset: 2px;
  }
  input,
  select {
    font: inherit;
    color: var(--primary-text-color);
    background: var(--card-background-color);
    border: 1px solid var(--divider-color);
    border-radius: 8px;
    padding-block: 6px;
    padding-inline: 10px;
    min-block-size: 36px;
    box-sizing: border-box;
  }
  label {
    color: var(--secondary-text-color);
    font-size: 0.875rem;
  }
  .muted {
    color: var(--secondary-text-color);
  }
  .error {
    color: var(--error-color);
  }
  .chip {
    display: inline-block;
    font-size: 0.75rem;
    border-radius: 10px;
    padding-block: 2px;
    padding-inline: 8px;
    border: 1px solid var(--divider-color);
    color: var(--secondary-text-color);
    white-space: nowrap;
  }
  .chip.active {
    color: var(--primary-color);
    border-color: var(--primary-color);
  }
  .chip.alert {
    color: var(--error-color);
    border-color: var(--error-color);
  }
  .toolbar {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 8px;
  }
  .spacer {
    flex: 1;
  }
  .swatch {
    display: inline-block;
    inline-size: 10px;
    block-size: 10px;
    border-radius: 2px;
    margin-inline-end: 6px;
  }
  .visually-hidden {
    position: absolute;
    inline-size: 1px;
    block-size: 1px;
    overflow: hidden;
    clip: rect(0 0 0 0);
    white-space: nowrap;
  }
  table {
    border-collapse: collapse;
    inline-size: 100%;
  }
  th,
  td {
    text-align: start;
    padding-block: 6px;
    padding-inline: 8px;
    border-block-end: 1px solid var(--divider-color);
    font-size: 0.875rem;
  }
  th {
    color: var(--secondary-text-color);
    font-weight: 500;
  }
  td.num,
  th.num {
    text-align: end;
    font-variant-numeric: tabular-nums;
  }
`;var nl=["above","below","rate_of_change"],Eu=["pit","meat","wort","chamber","gravity","ambient","other"],rl={kind:"above",role:"pit",session:"",value:"",hysteresis:"",minutes:""},Ot=class extends X{constructor(){super(...arguments);this.narrow=!1;this.sessions=[];this.draft={...rl};this.error="";this.busy=!1;this.fmt=ae(Oe)}connectedCallback(){super.connectedCallback(),this.refresh()}get t(){return oe(Ee(this.hass))}get temp(){return Ie(this.hass.config.unit_system.temperature)}async refresh(){try{[this.rules,this.sessions]=await Promise.all([Da(this.hass),Es(this.hass,{status:"active"})])}catch(e){this.error=ee(e)}}build(){let e=this.t,t=this.draft,n=tn(t.role,this.temp),r=As(t.value);if(!Number.isFinite(r)||t.kind==="rate_of_change"&&r<=0)return e("alerts.bad_value");let o=t.hysteresis.trim()?As(t.hysteresis):0,a=t.minutes.trim()?As(t.minutes):0;if(!Number.isFinite(o)||o<0)return e("alerts.bad_hysteresis");if(!Number.isFinite(a)||a<0||a>1440)return e("alerts.bad_minutes");let c=f=>Math.round(f*1e4)/1e4,u=t.kind==="rate_of_change"?{rate_per_min:c(n.deltaIn(r)),direction:"any"}:{threshold:c(n.levelIn(r)),...o?{hysteresis:c(n.deltaIn(o))}:{},...a?{min_duration_s:Math.round(a*60)}:{}};return{kind:t.kind,role:t.role,...t.session?{session_id:t.session}:{},params:u}}async add(e){e.preventDefault();let t=this.build();if(typeof t=="string"){this.error=t;return}this.busy=!0,this.error="";try{await Ia(this.hass,t),this.draft={...rl,role:this.draft.role,session:this.draft.session},await this.refresh()}catch(n){this.error=ee(n)}finally{this.busy=!1}}async removeRule(e){try{await Ha(this.hass,e),await this.refresh()}catch(t){this.error=ee(t)}}render(){let e=this.t;return this.hass.user?.is_admin?g`<h2>${e("alerts.title")}</h2>
      ${this.renderForm()}
      <section class="card" aria-labelledby="rules-title">
        <h3 id="rules-title">${e("alerts.rules")}</h3>
        ${this.rules?this.rules.length===0?g`<p class="muted">${e("alerts.none")}</p>`:g`<ul class="rules">
                  ${this.rules.map(t=>this.renderRule(t))}
                </ul>`:g`<p class="muted" role="status">${e("devices.loading")}</p>`}
      </section>`:g`<div class="card"><p>${e("devices.admin_only")}</p></div>`}renderForm(){let e=this.t,t=this.draft,n=tn(t.role,this.temp),r=a=>c=>this.draft={...this.draft,[a]:c.target.value},o=t.kind==="rate_of_change";return g`<form class="card" @submit=${a=>{this.add(a)}}>
      <h3>${e("alerts.new")}</h3>
      <div class="grid">
        <label
          >${e("alerts.kind")}
          <select name="kind" @change=${r("kind")}>
            ${nl.map(a=>g`<option value=${a} ?selected=${a===t.kind}>${e(`alerts.kind.${a}`)}</option>`)}
          </select>
        </label>
        <label
          >${e("alerts.role")}
          <select name="role" @change=${r("role")}>
            ${Eu.map(a=>g`<option value=${a} ?selected=${a===t.role}>${Et(a,e)}</option>`)}
          </select>
        </label>
        <label
          >${e("alerts.scope")}
          <select name="session" @change=${r("session")}>
            <option value="" ?selected=${!t.session}>${e("alerts.every_session")}</option>
            ${this.sessions.map(a=>g`<option value=${a.id} ?selected=${a.id===t.session}>${a.name}</option>`)}
          </select>
        </label>
        <label
          >${o?e("alerts.rate",{unit:n.unit}):e("alerts.threshold",{unit:n.unit})}
          <input
            name="value"
            inputmode="decimal"
            required
            .value=${t.value}
            @input=${r("value")}
          />
        </label>
        ${o?k:g`<label
                  >${e("alerts.hysteresis",{unit:n.unit})}
                  <input
                    name="hysteresis"
                    inputmode="decimal"
                    .value=${t.hysteresis}
                    @input=${r("hysteresis")}
                  />
                </label>
                <label
                  >${e("alerts.min_duration")}
                  <input
                    name="minutes"
                    inputmode="decimal"
                    .value=${t.minutes}
                    @input=${r("minutes")}
                  />
                </label>`}
      </div>
      ${this.error?g`<p class="error" role="alert">${this.error}</p>`:k}
      <div class="toolbar">
        <span class="spacer"></span>
        <button class="primary" type="submit" ?disabled=${this.busy}>${e("alerts.add")}</button>
      </div>
    </form>`}describe(e){let t=this.t,n=this.fmt(this.hass.locale,this.hass.config.time_zone),r=tn(e.role,this.temp),o=e.params,a=c=>`${n.number(c,r.decimals)} ${r.unit}`;return(e.kind==="above"||e.kind==="below")&&o.threshold!==void 0?a(r.level(o.threshold)):e.kind==="rate_of_change"&&o.rate_per_min!==void 0?t("alerts.per_min",{value:a(r.delta(o.rate_per_min))}):e.kind==="low_battery"&&o.threshold!==void 0?`${o.threshold} %`:o.minutes!==void 0?`${n.number(o.minutes,0)} min`:""}renderRule(e){let t=this.t,n=this.fmt(this.hass.locale,this.hass.config.time_zone),r=tn(e.role,this.temp),o=e.params,a=e.session_id?this.sessions.find(u=>u.id===e.session_id)?.name??e.session_id:t("alerts.every_session"),c=nl.includes(e.kind)?t(`alerts.kind.${e.kind}`):e.name;return g`<li class="toolbar" data-rule=${e.id} data-kind=${e.kind}>
      ${c?g`<span class="chip">${c}</span>`:k}
      <span>${e.role?Et(e.role,t):""} ${this.describe(e)}</span>
      ${o.hysteresis&&e.kind!=="low_battery"?g`<span class="muted"
              >± ${n.number(r.delta(o.hysteresis),r.decimals)} ${r.unit}</span
            >`:k}
      ${o.min_duration_s?g`<span class="muted"
              >${t("alerts.for_min",{m:Math.round(o.min_duration_s/60)})}</span
            >`:k}
      <span class="muted">${a}</span>
      <span class="spacer"></span>
      <button class="danger" @click=${()=>{this.removeRule(e.id)}}>
        ${t("devices.remove")}
      </button>
    </li>`}};Ot.styles=[fe,he`
      .grid {
        display: grid;
        grid-template-columns: repeat(auto-fill, minmax(12em, 1fr));
        gap: 12px;
      }
      label {
        display: flex;
        flex-direction: column;
        gap: 4px;
      }
      input {
        font: inherit;
        padding: 6px 8px;
        border: 1px solid var(--divider-color);
        border-radius: 6px;
        background: var(--card-background-color);
        color: inherit;
      }
      ul.rules {
        list-style: none;
        padding: 0;
        margin: 0;
        display: grid;
        gap: 8px;
      }
    `],y([C({attribute:!1})],Ot.prototype,"hass",2),y([C({type:Boolean,reflect:!0})],Ot.prototype,"narrow",2),y([A()],Ot.prototype,"rules",2),y([A()],Ot.prototype,"sessions",2),y([A()],Ot.prototype,"draft",2),y([A()],Ot.prototype,"error",2),y([A()],Ot.prototype,"busy",2),Ot=y([ce("brewpit-alerts")],Ot);var Tu="uplot",Au="u-hz",Mu="u-vt",Cu="u-title",Ru="u-wrap",zu="u-under",Pu="u-over",Lu="u-axis",Qs="u-off",Nu="u-select",Du="u-cursor-x",Iu="u-cursor-y",Hu="u-cursor-pt",Ou="u-legend",Uu="u-live",Fu="u-inline",Vu="u-series",ju="u-marker",ol="u-label",Gu="u-value",nn="width",rn="height";var al="bottom",ki="left",Zr="right",ho="#000",ll=ho+"0",Yr="mousemove",cl="mousedown",Jr="mouseup",dl="mouseenter",ul="mouseleave",hl="dblclick",Ku="resize",Wu="scroll",ml="change",Hn="dppxchange",mo="--",zi=typeof window<"u",to=zi?document:null,Ti=zi?window:null,qu=zi?navigator:null,ve,Ln;function so(){let s=devicePixelRatio;ve!=s&&(ve=s,Ln&&no(ml,Ln,so),Ln=matchMedia(`(min-resolution: ${ve-.001}dppx) and (max-resolution: ${ve+.001}dppx)`),Xs(ml,Ln,so),Ti.dispatchEvent(new CustomEvent(Hn)))}function Tt(s,i){if(i!=null){let e=s.classList;!e.contains(i)&&e.add(i)}}function io(s,i){let e=s.classList;e.contains(i)&&e.remove(i)}function Ce(s,i,e){s.style[i]=e+"px"}function Yt(s,i,e,t){let n=to.createElement(s);return i!=null&&Tt(n,i),e?.insertBefore(n,t),n}function Ut(s,i){return Yt("div",s,i)}var pl=new WeakMap;function cs(s,i,e,t,n){let r="translate("+i+"px,"+e+"px)",o=pl.get(s);r!=o&&(s.style.transform=r,pl.set(s,r),i<0||e<0||i>t||e>n?Tt(s,Qs):io(s,Qs))}var fl=new WeakMap;function gl(s,i,e){let t=i+e,n=fl.get(s);t!=n&&(fl.set(s,t),s.style.background=i,s.style.borderColor=e)}var bl=new WeakMap;function vl(s,i,e,t){let n=i+""+e,r=bl.get(s);n!=r&&(bl.set(s,n),s.style.height=e+"px",s.style.width=i+"px",s.style.marginLeft=t?-i/2+"px":0,s.style.marginTop=t?-e/2+"px":0)}var po={passive:!0},Zu={...po,capture:!0};function Xs(s,i,e,t){i.addEventListener(s,e,t?Zu:po)}function no(s,i,e,t){i.removeEventListener(s,e,po)}zi&&so();function Jt(s,i,e,t){let n;e=e||0,t=t||i.length-1;let r=t<=2147483647;for(;t-e>1;)n=r?e+t>>1:At((e+t)/2),i[n]<s?e=n:t=n;return s-i[e]<=i[t]-s?e:t}function Wl(s){return(e,t,n)=>{let r=-1,o=-1;for(let a=t;a<=n;a++)if(s(e[a])){r=a;break}for(let a=n;a>=t;a--)if(s(e[a])){o=a;break}return[r,o]}}var ql=s=>s!=null,Zl=s=>s!=null&&s>0,Fn=Wl(ql),Yu=Wl(Zl);function Ju(s,i,e,t=0,n=!1){let r=n?Yu:Fn,o=n?Zl:ql;[i,e]=r(s,i,e);let a=s[i],c=s[i];if(i>-1)if(t==1)a=s[i],c=s[e];else if(t==-1)a=s[e],c=s[i];else for(let u=i;u<=e;u++){let f=s[u];o(f)&&(f<a?a=f:f>c&&(c=f))}return[a??$e,c??-$e]}function Vn(s,i,e,t){let n=wl(s),r=wl(i);s==i&&(n==-1?(s*=e,i/=e):(s/=e,i*=e));let o=e==10?fs:Yl,a=n==1?At:Ft,c=r==1?Ft:At,u=a(o(We(s))),f=c(o(We(i))),m=Ai(e,u),v=Ai(e,f);return e==10&&(u<0&&(m=Se(m,-u)),f<0&&(v=Se(v,-f))),t||e==2?(s=m*n,i=v*r):(s=Bl(s,m),i=jn(i,v)),[s,i]}function fo(s,i,e,t){let n=Vn(s,i,e,t);return s==0&&(n[0]=0),i==0&&(n[1]=0),n}var go=.1,yl={mode:3,pad:go},an={pad:0,soft:null,mode:0},Qu={min:an,max:an};function On(s,i,e,t){return Gn(e)?_l(s,i,e):(an.pad=e,an.soft=t?0:null,an.mode=t?3:0,_l(s,i,Qu))}function ge(s,i){return s??i}function Xu(s,i,e){for(i=ge(i,0),e=ge(e,s.length-1);i<=e;){if(s[i]!=null)return!0;i++}return!1}function _l(s,i,e){let t=e.min,n=e.max,r=ge(t.pad,0),o=ge(n.pad,0),a=ge(t.hard,-$e),c=ge(n.hard,$e),u=ge(t.soft,$e),f=ge(n.soft,-$e),m=ge(t.mode,0),v=ge(n.mode,0),w=i-s,S=fs(w),P=ht(We(s),We(i)),z=fs(P),T=We(z-S);(w<1e-24||T>10)&&(w=0,(s==0||i==0)&&(w=1e-24,m==2&&u!=$e&&(r=0),v==2&&f!=-$e&&(o=0)));let x=w||P||1e3,N=fs(x),M=Ai(10,At(N)),W=x*(w==0?s==0?.1:1:r),U=Se(Bl(s-W,M/10),24),ie=s>=u&&(m==1||m==3&&U<=u||m==2&&U>=u)?u:$e,Q=ht(a,U<ie&&s>=ie?ie:Qt(ie,U)),le=x*(w==0?i==0?.1:1:o),J=Se(jn(i+le,M/10),24),L=i<=f&&(v==1||v==3&&J>=f||v==2&&J<=f)?f:-$e,te=Qt(c,J>L&&i<=L?L:ht(L,J));return Q==te&&Q==0&&(te=100),[Q,te]}var Bu=new Intl.NumberFormat(zi?qu.language:"en-US"),bo=s=>Bu.format(s),Mt=Math,In=Mt.PI,We=Mt.abs,At=Mt.floor,Ke=Mt.round,Ft=Mt.ceil,Qt=Mt.min,ht=Mt.max,Ai=Mt.pow,wl=Mt.sign,fs=Mt.log10,Yl=Mt.log2,eh=(s,i=1)=>Mt.sinh(s)*i,Qr=(s,i=1)=>Mt.asinh(s/i),$e=1/0;function xl(s){return(fs((s^s>>31)-(s>>31))|0)+1}function ro(s,i,e){return Qt(ht(s,i),e)}function Jl(s){return typeof s=="function"}function de(s){return Jl(s)?s:()=>s}var th=()=>{},Ql=s=>s,Xl=(s,i)=>i,sh=s=>null,$l=s=>!0,Sl=(s,i)=>s==i,ih=/\.\d*?(?=9{6,}|0{6,})/gm,Bs=s=>{if(tc(s)||Cs.has(s))return s;let i=`${s}`,e=i.match(ih);if(e==null)return s;let t=e[0].length-1;if(i.indexOf("e-")!=-1){let[n,r]=i.split("e");return+`${Bs(n)}e${r}`}return Se(s,t)};function Ys(s,i){return Bs(Se(Bs(s/i))*i)}function jn(s,i){return Bs(Ft(Bs(s/i))*i)}function Bl(s,i){return Bs(At(Bs(s/i))*i)}function Se(s,i=0){if(tc(s))return s;let e=10**i,t=s*e*(1+Number.EPSILON);return Ke(t)/e}var Cs=new Map;function ec(s){return((""+s).split(".")[1]||"").length}function cn(s,i,e,t){let n=[],r=t.map(ec);for(let o=i;o<e;o++){let a=We(o),c=Se(Ai(s,o),a);for(let u=0;u<t.length;u++){let f=s==10?+`${t[u]}e${o}`:t[u]*c,m=(o>=0?0:a)+(o>=r[u]?0:r[u]),v=s==10?f:Se(f,m);n.push(v),Cs.set(v,m)}}return n}var ln={},vo=[],Mi=[null,null],Ms=Array.isArray,tc=Number.isInteger,nh=s=>s===void 0;function kl(s){return typeof s=="string"}function Gn(s){let i=!1;if(s!=null){let e=s.constructor;i=e==null||e==Object}return i}function rh(s){return s!=null&&typeof s=="object"}var oh=Object.getPrototypeOf(Uint8Array),sc="__proto__";function Ci(s,i=Gn){let e;if(Ms(s)){let t=s.find(n=>n!=null);if(Ms(t)||i(t)){e=Array(s.length);for(let n=0;n<s.length;n++)e[n]=Ci(s[n],i)}else e=s.slice()}else if(s instanceof oh)e=s.slice();else if(i(s)){e={};for(let t in s)t!=sc&&(e[t]=Ci(s[t],i))}else e=s;return e}function Ve(s){let i=arguments;for(let e=1;e<i.length;e++){let t=i[e];for(let n in t)n!=sc&&(Gn(s[n])?Ve(s[n],Ci(t[n])):s[n]=Ci(t[n]))}return s}var ah=0,lh=1,ch=2;function dh(s,i,e){for(let t=0,n,r=-1;t<i.length;t++){let o=i[t];if(o>r){for(n=o-1;n>=0&&s[n]==null;)s[n--]=null;for(n=o+1;n<e&&s[n]==null;)s[r=n++]=null}}}function uh(s,i){if(ph(s)){let o=s[0].slice();for(let a=1;a<s.length;a++)o.push(...s[a].slice(1));return fh(o[0])||(o=mh(o)),o}let e=new Set;for(let o=0;o<s.length;o++){let c=s[o][0],u=c.length;for(let f=0;f<u;f++)e.add(c[f])}let t=[Array.from(e).sort((o,a)=>o-a)],n=t[0].length,r=new Map;for(let o=0;o<n;o++)r.set(t[0][o],o);for(let o=0;o<s.length;o++){let a=s[o],c=a[0];for(let u=1;u<a.length;u++){let f=a[u],m=Array(n).fill(void 0),v=i?i[o][u]:lh,w=[];for(let S=0;S<f.length;S++){let P=f[S],z=r.get(c[S]);P===null?v!=ah&&(m[z]=P,v==ch&&w.push(z)):m[z]=P}dh(m,w,n),t.push(m)}}return t}var hh=typeof queueMicrotask>"u"?s=>Promise.resolve().then(s):queueMicrotask;function mh(s){let i=s[0],e=i.length,t=Array(e);for(let r=0;r<t.length;r++)t[r]=r;t.sort((r,o)=>i[r]-i[o]);let n=[];for(let r=0;r<s.length;r++){let o=s[r],a=Array(e);for(let c=0;c<e;c++)a[c]=o[t[c]];n.push(a)}return n}function ph(s){let i=s[0][0],e=i.length;for(let t=1;t<s.length;t++){let n=s[t][0];if(n.length!=e)return!1;if(n!=i){for(let r=0;r<e;r++)if(n[r]!=i[r])return!1}}return!0}function fh(s,i=100){let e=s.length;if(e<=1)return!0;let t=0,n=e-1;for(;t<=n&&s[t]==null;)t++;for(;n>=t&&s[n]==null;)n--;if(n<=t)return!0;let r=ht(1,At((n-t+1)/i));for(let o=s[t],a=t+r;a<=n;a+=r){let c=s[a];if(c!=null){if(c<=o)return!1;o=c}}return!0}var ic=["January","February","March","April","May","June","July","August","September","October","November","December"],nc=["Sunday","Monday","Tuesday","Wednesday","Thursday","Friday","Saturday"];function rc(s){return s.slice(0,3)}var gh=nc.map(rc),bh=ic.map(rc),vh={MMMM:ic,MMM:bh,WWWW:nc,WWW:gh};function sn(s){return(s<10?"0":"")+s}function yh(s){return(s<10?"00":s<100?"0":"")+s}var _h={YYYY:s=>s.getFullYear(),YY:s=>(s.getFullYear()+"").slice(2),MMMM:(s,i)=>i.MMMM[s.getMonth()],MMM:(s,i)=>i.MMM[s.getMonth()],MM:s=>sn(s.getMonth()+1),M:s=>s.getMonth()+1,DD:s=>sn(s.getDate()),D:s=>s.getDate(),WWWW:(s,i)=>i.WWWW[s.getDay()],WWW:(s,i)=>i.WWW[s.getDay()],HH:s=>sn(s.getHours()),H:s=>s.getHours(),h:s=>{let i=s.getHours();return i==0?12:i>12?i-12:i},AA:s=>s.getHours()>=12?"PM":"AM",aa:s=>s.getHours()>=12?"pm":"am",a:s=>s.getHours()>=12?"p":"a",mm:s=>sn(s.getMinutes()),m:s=>s.getMinutes(),ss:s=>sn(s.getSeconds()),s:s=>s.getSeconds(),fff:s=>yh(s.getMilliseconds())};function yo(s,i){i=i||vh;let e=[],t=/\{([a-z]+)\}|[^{]+/gi,n;for(;n=t.exec(s);)e.push(n[0][0]=="{"?_h[n[1]]:n[0]);return r=>{let o="";for(let a=0;a<e.length;a++)o+=typeof e[a]=="string"?e[a]:e[a](r,i);return o}}var wh=new Intl.DateTimeFormat().resolvedOptions().timeZone;function xh(s,i){let e;return i=="UTC"||i=="Etc/UTC"?e=new Date(+s+s.getTimezoneOffset()*6e4):i==wh?e=s:(e=new Date(s.toLocaleString("en-US",{timeZone:i})),e.setMilliseconds(s.getMilliseconds())),e}var oc=s=>s%1==0,Un=[1,2,2.5,5],$h=cn(10,-32,0,Un),ac=cn(10,0,32,Un),Sh=ac.filter(oc),Js=$h.concat(ac),_o=`
`,lc="{YYYY}",El=_o+lc,cc="{M}/{D}",on=_o+cc,Nn=on+"/{YY}",dc="{aa}",kh="{h}:{mm}",Ei=kh+dc,Tl=_o+Ei,Al=":{ss}",_e=null;function uc(s){let i=s*1e3,e=i*60,t=e*60,n=t*24,r=n*30,o=n*365,c=(s==1?cn(10,0,3,Un).filter(oc):cn(10,-3,0,Un)).concat([i,i*5,i*10,i*15,i*30,e,e*5,e*10,e*15,e*30,t,t*2,t*3,t*4,t*6,t*8,t*12,n,n*2,n*3,n*4,n*5,n*6,n*7,n*8,n*9,n*10,n*15,r,r*2,r*3,r*4,r*6,o,o*2,o*5,o*10,o*25,o*50,o*100]),u=[[o,lc,_e,_e,_e,_e,_e,_e,1],[n*28,"{MMM}",El,_e,_e,_e,_e,_e,1],[n,cc,El,_e,_e,_e,_e,_e,1],[t,"{h}"+dc,Nn,_e,on,_e,_e,_e,1],[e,Ei,Nn,_e,on,_e,_e,_e,1],[i,Al,Nn+" "+Ei,_e,on+" "+Ei,_e,Tl,_e,1],[s,Al+".{fff}",Nn+" "+Ei,_e,on+" "+Ei,_e,Tl,_e,1]];function f(m){return(v,w,S,P,z,T)=>{let x=[],N=z>=o,M=z>=r&&z<o,W=m(S),U=Se(W*s,3),ie=Xr(W.getFullYear(),N?0:W.getMonth(),M||N?1:W.getDate()),Q=Se(ie*s,3);if(M||N){let le=M?z/r:0,J=N?z/o:0,L=U==Q?U:Se(Xr(ie.getFullYear()+J,ie.getMonth()+le,1)*s,3),te=new Date(Ke(L/s)),F=te.getFullYear(),Z=te.getMonth();for(let K=0;L<=P;K++){let ue=Xr(F+J*K,Z+le*K,1),G=ue-m(Se(ue*s,3));L=Se((+ue+G)*s,3),L<=P&&x.push(L)}}else{let le=z>=n?n:z,J=At(S)-At(U),L=Q+J+jn(U-Q,le);x.push(L);let te=m(L),F=te.getHours()+te.getMinutes()/e+te.getSeconds()/t,Z=z/t,K=v.axes[w]._space,ue=T/K;for(;L=Se(L+z,s==1?0:3),!(L>P);)if(Z>1){let G=At(Se(F+Z,6))%24,me=m(L).getHours()-G;me>1&&(me=-1),L-=me*t,F=(F+Z)%24;let we=x[x.length-1];Se((L-we)/z,3)*ue>=.7&&x.push(L)}else x.push(L)}return x}}return[c,u,f]}var[Eh,Th,Ah]=uc(1),[Mh,Ch,Rh]=uc(.001);cn(2,-53,53,[1]);function Ml(s,i){return s.map(e=>e.map((t,n)=>n==0||n==8||t==null?t:i(n==1||e[8]==0?t:e[1]+t)))}function Cl(s,i){return(e,t,n,r,o)=>{let a=i.find(S=>o>=S[0])||i[i.length-1],c,u,f,m,v,w;return t.map(S=>{let P=s(S),z=P.getFullYear(),T=P.getMonth(),x=P.getDate(),N=P.getHours(),M=P.getMinutes(),W=P.getSeconds(),U=z!=c&&a[2]||T!=u&&a[3]||x!=f&&a[4]||N!=m&&a[5]||M!=v&&a[6]||W!=w&&a[7]||a[1];return c=z,u=T,f=x,m=N,v=M,w=W,U(P)})}}function zh(s,i){let e=yo(i);return(t,n,r,o,a)=>n.map(c=>e(s(c)))}function Xr(s,i,e){return new Date(s,i,e)}function Rl(s,i){return i(s)}var Ph="{YYYY}-{MM}-{DD} {h}:{mm}{aa}";function zl(s,i){return(e,t,n,r)=>r==null?mo:i(s(t))}function Lh(s,i){let e=s.series[i];return e.width?e.stroke(s,i):e.points.width?e.points.stroke(s,i):null}function Nh(s,i){return s.series[i].fill(s,i)}var Dh={show:!0,live:!0,isolate:!1,mount:th,markers:{show:!0,width:2,stroke:Lh,fill:Nh,dash:"solid"},idx:null,idxs:null,values:[]};function Ih(s,i){let e=s.cursor.points,t=Ut(),n=e.size(s,i);Ce(t,nn,n),Ce(t,rn,n);let r=n/-2;Ce(t,"marginLeft",r),Ce(t,"marginTop",r);let o=e.width(s,i,n);return o&&Ce(t,"borderWidth",o),t}function Hh(s,i){let e=s.series[i].points;return e._fill||e._stroke}function Oh(s,i){let e=s.series[i].points;return e._stroke||e._fill}function Uh(s,i){return s.series[i].points.size}var Br=[0,0];function Fh(s,i,e){return Br[0]=i,Br[1]=e,Br}function Dn(s,i,e,t=!0){return n=>{n.button==0&&(!t||n.target==i)&&e(n)}}function eo(s,i,e,t=!0){return n=>{(!t||n.target==i)&&e(n)}}var Vh={show:!0,x:!0,y:!0,lock:!1,move:Fh,points:{one:!1,show:Ih,size:Uh,width:0,stroke:Oh,fill:Hh},bind:{mousedown:Dn,mouseup:Dn,click:Dn,dblclick:Dn,mousemove:eo,mouseleave:eo,mouseenter:eo},drag:{setScale:!0,x:!0,y:!1,dist:0,uni:null,click:(s,i)=>{i.stopPropagation(),i.stopImmediatePropagation()},_x:!1,_y:!1},focus:{dist:(s,i,e,t,n)=>t-n,prox:-1,bias:0},hover:{skip:[void 0],prox:null,bias:0},left:-10,top:-10,idx:null,dataIdx:null,idxs:null,event:null},hc={show:!0,stroke:"rgba(0,0,0,0.07)",width:2},wo=Ve({},hc,{filter:Xl}),mc=Ve({},wo,{size:10}),pc=Ve({},hc,{show:!1}),xo='12px system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, "Noto Sans", sans-serif, "Apple Color Emoji", "Segoe UI Emoji", "Segoe UI Symbol", "Noto Color Emoji"',fc="bold "+xo,gc=1.5,Pl={show:!0,scale:"x",stroke:ho,space:50,gap:5,alignTo:1,size:50,labelGap:0,labelSize:30,labelFont:fc,side:2,grid:wo,ticks:mc,border:pc,font:xo,lineGap:gc,rotate:0},jh="Value",Gh="Time",Ll={show:!0,scale:"x",auto:!1,sorted:1,min:$e,max:-$e,idxs:[]};function Kh(s,i,e,t,n){return i.map(r=>r==null?"":bo(r))}function Wh(s,i,e,t,n,r,o){let a=[],c=Cs.get(n)||0;e=o?e:Se(jn(e,n),c);for(let u=e;u<=t;u=Se(u+n,c))a.push(Object.is(u,-0)?0:u);return a}function oo(s,i,e,t,n,r,o){let a=[],c=s.scales[s.axes[i].scale].log,u=c==10?fs:Yl,f=At(u(e));n=Ai(c,f),c==10&&(n=Js[Jt(n,Js)]);let m=e,v=n*c;c==10&&(v=Js[Jt(v,Js)]);do a.push(m),m=m+n,c==10&&!Cs.has(m)&&(m=Se(m,Cs.get(n))),m>=v&&(n=m,v=n*c,c==10&&(v=Js[Jt(v,Js)]));while(m<=t);return a}function qh(s,i,e,t,n,r,o){let c=s.scales[s.axes[i].scale].asinh,u=t>c?oo(s,i,ht(c,e),t,n):[c],f=t>=0&&e<=0?[0]:[];return(e<-c?oo(s,i,ht(c,-t),-e,n):[c]).reverse().map(v=>-v).concat(f,u)}var bc=/./,Zh=/[12357]/,Yh=/[125]/,Nl=/1/,ao=(s,i,e,t)=>s.map((n,r)=>i==4&&n==0||r%t==0&&e.test(n.toExponential()[n<0?1:0])?n:null);function Jh(s,i,e,t,n){let r=s.axes[e],o=r.scale,a=s.scales[o],c=s.valToPos,u=r._space,f=c(10,o),m=c(9,o)-f>=u?bc:c(7,o)-f>=u?Zh:c(5,o)-f>=u?Yh:Nl;if(m==Nl){let v=We(c(1,o)-f);if(v<u)return ao(i.slice().reverse(),a.distr,m,Ft(u/v)).reverse()}return ao(i,a.distr,m,1)}function Qh(s,i,e,t,n){let r=s.axes[e],o=r.scale,a=r._space,c=s.valToPos,u=We(c(1,o)-c(2,o));return u<a?ao(i.slice().reverse(),3,bc,Ft(a/u)).reverse():i}function Xh(s,i,e,t){return t==null?mo:i==null?"":bo(i)}var Dl={show:!0,scale:"y",stroke:ho,space:30,gap:5,alignTo:1,size:50,labelGap:0,labelSize:30,labelFont:fc,side:3,grid:wo,ticks:mc,border:pc,font:xo,lineGap:gc,rotate:0};function Bh(s,i){let e=3+(s||1)*2;return Se(e*i,3)}function em(s,i){let{scale:e,idxs:t}=s.series[0],n=s._data[0],r=s.valToPos(n[t[0]],e,!0),o=s.valToPos(n[t[1]],e,!0),a=We(o-r),c=s.series[i],u=a/(c.points.space*ve);return t[1]-t[0]<=u}var Il={scale:null,auto:!0,sorted:0,min:$e,max:-$e},vc=(s,i,e,t,n)=>n,Hl={show:!0,auto:!0,sorted:0,gaps:vc,alpha:1,facets:[Ve({},Il,{scale:"x"}),Ve({},Il,{scale:"y"})]},Ol={scale:"y",auto:!0,sorted:0,show:!0,spanGaps:!1,gaps:vc,alpha:1,points:{show:em,filter:null},values:null,min:$e,max:-$e,idxs:[],path:null,clip:null};function tm(s,i,e,t,n){return e/10}var yc={time:!0,auto:!0,distr:1,log:10,asinh:1,min:null,max:null,dir:1,ori:0},sm=Ve({},yc,{time:!1,ori:1}),Ul={};function _c(s,i){let e=Ul[s];return e||(e={key:s,plots:[],sub(t){e.plots.push(t)},unsub(t){e.plots=e.plots.filter(n=>n!=t)},pub(t,n,r,o,a,c,u){for(let f=0;f<e.plots.length;f++)e.plots[f]!=n&&e.plots[f].pub(t,n,r,o,a,c,u)}},s!=null&&(Ul[s]=e)),e}var Ri=1,lo=2;function ei(s,i,e){let t=s.mode,n=s.series[i],r=t==2?s._data[i]:s._data,o=s.scales,a=s.bbox,c=r[0],u=t==2?r[1]:r[i],f=t==2?o[n.facets[0].scale]:o[s.series[0].scale],m=t==2?o[n.facets[1].scale]:o[n.scale],v=a.left,w=a.top,S=a.width,P=a.height,z=s.valToPosH,T=s.valToPosV;return f.ori==0?e(n,c,u,f,m,z,T,v,w,S,P,Wn,Pi,Zn,xc,Sc):e(n,c,u,f,m,T,z,w,v,P,S,qn,Li,ko,$c,kc)}function $o(s,i){let e=0,t=0,n=ge(s.bands,vo);for(let r=0;r<n.length;r++){let o=n[r];o.series[0]==i?e=o.dir:o.series[1]==i&&(o.dir==1?t|=1:t|=2)}return[e,t==1?-1:t==2?1:t==3?2:0]}function im(s,i,e,t,n){let r=s.mode,o=s.series[i],a=r==2?o.facets[1].scale:o.scale,c=s.scales[a];return n==-1?c.min:n==1?c.max:c.distr==3?c.dir==1?c.min:c.max:0}function gs(s,i,e,t,n,r){return ei(s,i,(o,a,c,u,f,m,v,w,S,P,z)=>{let T=o.pxRound,x=u.dir*(u.ori==0?1:-1),N=u.ori==0?Pi:Li,M,W;x==1?(M=e,W=t):(M=t,W=e);let U=T(m(a[M],u,P,w)),ie=T(v(c[M],f,z,S)),Q=T(m(a[W],u,P,w)),le=T(v(r==1?f.max:f.min,f,z,S)),J=new Path2D(n);return N(J,Q,le),N(J,U,le),N(J,U,ie),J})}function Kn(s,i,e,t,n,r){let o=null;if(s.length>0){o=new Path2D;let a=i==0?Zn:ko,c=e;for(let m=0;m<s.length;m++){let v=s[m];if(v[1]>v[0]){let w=v[0]-c;w>0&&a(o,c,t,w,t+r),c=v[1]}}let u=e+n-c,f=10;u>0&&a(o,c,t-f/2,u,t+r+f)}return o}function nm(s,i,e){let t=s[s.length-1];t&&t[0]==i?t[1]=e:s.push([i,e])}function So(s,i,e,t,n,r,o){let a=[],c=s.length;for(let u=n==1?e:t;u>=e&&u<=t;u+=n)if(i[u]===null){let m=u,v=u;if(n==1)for(;++u<=t&&i[u]===null;)v=u;else for(;--u>=e&&i[u]===null;)v=u;let w=r(s[m]),S=v==m?w:r(s[v]),P=m-n;w=o<=0&&P>=0&&P<c?r(s[P]):w;let T=v+n;S=o>=0&&T>=0&&T<c?r(s[T]):S,S>=w&&a.push([w,S])}return a}function Fl(s){return s==0?Ql:s==1?Ke:i=>Ys(i,s)}function wc(s){let i=s==0?Wn:qn,e=s==0?(n,r,o,a,c,u)=>{n.arcTo(r,o,a,c,u)}:(n,r,o,a,c,u)=>{n.arcTo(o,r,c,a,u)},t=s==0?(n,r,o,a,c)=>{n.rect(r,o,a,c)}:(n,r,o,a,c)=>{n.rect(o,r,c,a)};return(n,r,o,a,c,u=0,f=0)=>{u==0&&f==0?t(n,r,o,a,c):(u=Qt(u,a/2,c/2),f=Qt(f,a/2,c/2),i(n,r+u,o),e(n,r+a,o,r+a,o+c,u),e(n,r+a,o+c,r,o+c,f),e(n,r,o+c,r,o,f),e(n,r,o,r+a,o,u),n.closePath())}}var Wn=(s,i,e)=>{s.moveTo(i,e)},qn=(s,i,e)=>{s.moveTo(e,i)},Pi=(s,i,e)=>{s.lineTo(i,e)},Li=(s,i,e)=>{s.lineTo(e,i)},Zn=wc(0),ko=wc(1),xc=(s,i,e,t,n,r)=>{s.arc(i,e,t,n,r)},$c=(s,i,e,t,n,r)=>{s.arc(e,i,t,n,r)},Sc=(s,i,e,t,n,r,o)=>{s.bezierCurveTo(i,e,t,n,r,o)},kc=(s,i,e,t,n,r,o)=>{s.bezierCurveTo(e,i,n,t,o,r)};function Ec(s){return(i,e,t,n,r)=>ei(i,e,(o,a,c,u,f,m,v,w,S,P,z)=>{let{pxRound:T,points:x}=o,N,M;u.ori==0?(N=Wn,M=xc):(N=qn,M=$c);let W=Se(x.width*ve,3),U=(x.size-x.width)/2*ve,ie=Se(U*2,3),Q=new Path2D,le=new Path2D,{left:J,top:L,width:te,height:F}=i.bbox;Zn(le,J-ie,L-ie,te+ie*2,F+ie*2);let Z=K=>{if(c[K]!=null){let ue=T(m(a[K],u,P,w)),G=T(v(c[K],f,z,S));N(Q,ue+U,G),M(Q,ue,G,U,0,In*2)}};if(r)r.forEach(Z);else for(let K=t;K<=n;K++)Z(K);return{stroke:W>0?Q:null,fill:Q,clip:le,flags:Ri|lo}})}function Tc(s){return(i,e,t,n,r,o)=>{t!=n&&(r!=t&&o!=t&&s(i,e,t),r!=n&&o!=n&&s(i,e,n),s(i,e,o))}}var rm=Tc(Pi),om=Tc(Li);function Ac(s){let i=ge(s?.alignGaps,0);return(e,t,n,r)=>ei(e,t,(o,a,c,u,f,m,v,w,S,P,z)=>{[n,r]=Fn(c,n,r);let T=o.pxRound,x=F=>T(m(F,u,P,w)),N=F=>T(v(F,f,z,S)),M,W;u.ori==0?(M=Pi,W=rm):(M=Li,W=om);let U=u.dir*(u.ori==0?1:-1),ie={stroke:new Path2D,fill:null,clip:null,band:null,gaps:null,flags:Ri},Q=ie.stroke,le=!1;if(r-n>=P*4){let F=V=>e.posToVal(V,u.key,!0),Z=null,K=null,ue,G,ft,Re=x(a[U==1?n:r]),me=x(a[n]),we=x(a[r]),ne=F(U==1?me+1:we-1);for(let V=U==1?n:r;V>=n&&V<=r;V+=U){let je=a[V],ze=(U==1?je<ne:je>ne)?Re:x(je),ye=c[V];ze==Re?ye!=null?(G=ye,Z==null?(M(Q,ze,N(G)),ue=Z=K=G):G<Z?Z=G:G>K&&(K=G)):ye===null&&(le=!0):(Z!=null&&W(Q,Re,N(Z),N(K),N(ue),N(G)),ye!=null?(G=ye,M(Q,ze,N(G)),Z=K=ue=G):(Z=K=null,ye===null&&(le=!0)),Re=ze,ne=F(Re+U))}Z!=null&&Z!=K&&ft!=Re&&W(Q,Re,N(Z),N(K),N(ue),N(G))}else for(let F=U==1?n:r;F>=n&&F<=r;F+=U){let Z=c[F];Z===null?le=!0:Z!=null&&M(Q,x(a[F]),N(Z))}let[L,te]=$o(e,t);if(o.fill!=null||L!=0){let F=ie.fill=new Path2D(Q),Z=o.fillTo(e,t,o.min,o.max,L),K=N(Z),ue=x(a[n]),G=x(a[r]);U==-1&&([G,ue]=[ue,G]),M(F,G,K),M(F,ue,K)}if(!o.spanGaps){let F=[];le&&F.push(...So(a,c,n,r,U,x,i)),ie.gaps=F=o.gaps(e,t,n,r,F),ie.clip=Kn(F,u.ori,w,S,P,z)}return te!=0&&(ie.band=te==2?[gs(e,t,n,r,Q,-1),gs(e,t,n,r,Q,1)]:gs(e,t,n,r,Q,te)),ie})}function am(s){let i=ge(s.align,1),e=ge(s.ascDesc,!1),t=ge(s.alignGaps,0),n=ge(s.extend,!1);return(r,o,a,c)=>ei(r,o,(u,f,m,v,w,S,P,z,T,x,N)=>{[a,c]=Fn(m,a,c);let M=u.pxRound,{left:W,width:U}=r.bbox,ie=me=>M(S(me,v,x,z)),Q=me=>M(P(me,w,N,T)),le=v.ori==0?Pi:Li,J={stroke:new Path2D,fill:null,clip:null,band:null,gaps:null,flags:Ri},L=J.stroke,te=v.dir*(v.ori==0?1:-1),F=Q(m[te==1?a:c]),Z=ie(f[te==1?a:c]),K=Z,ue=Z;n&&i==-1&&(ue=W,le(L,ue,F)),le(L,Z,F);for(let me=te==1?a:c;me>=a&&me<=c;me+=te){let we=m[me];if(we==null)continue;let ne=ie(f[me]),V=Q(we);i==1?le(L,ne,F):le(L,K,V),le(L,ne,V),F=V,K=ne}let G=K;n&&i==1&&(G=W+U,le(L,G,F));let[ft,Re]=$o(r,o);if(u.fill!=null||ft!=0){let me=J.fill=new Path2D(L),we=u.fillTo(r,o,u.min,u.max,ft),ne=Q(we);le(me,G,ne),le(me,ue,ne)}if(!u.spanGaps){let me=[];me.push(...So(f,m,a,c,te,ie,t));let we=u.width*ve/2,ne=e||i==1?we:-we,V=e||i==-1?-we:we;me.forEach(je=>{je[0]+=ne,je[1]+=V}),J.gaps=me=u.gaps(r,o,a,c,me),J.clip=Kn(me,v.ori,z,T,x,N)}return Re!=0&&(J.band=Re==2?[gs(r,o,a,c,L,-1),gs(r,o,a,c,L,1)]:gs(r,o,a,c,L,Re)),J})}function Vl(s,i,e,t,n,r,o=$e){if(s.length>1){let a=null;for(let c=0,u=1/0;c<s.length;c++)if(i[c]!==void 0){if(a!=null){let f=We(s[c]-s[a]);f<u&&(u=f,o=We(e(s[c],t,n,r)-e(s[a],t,n,r)))}a=c}}return o}function lm(s){s=s||ln;let i=ge(s.size,[.6,$e,1]),e=s.align||0,t=s.gap||0,n=s.radius;n=n==null?[0,0]:typeof n=="number"?[n,0]:n;let r=de(n),o=1-i[0],a=ge(i[1],$e),c=ge(i[2],1),u=ge(s.disp,ln),f=ge(s.each,w=>{}),{fill:m,stroke:v}=u;return(w,S,P,z)=>ei(w,S,(T,x,N,M,W,U,ie,Q,le,J,L)=>{let te=T.pxRound,F=e,Z=t*ve,K=a*ve,ue=c*ve,G,ft;M.ori==0?[G,ft]=r(w,S):[ft,G]=r(w,S);let Re=M.dir*(M.ori==0?1:-1),me=M.ori==0?Zn:ko,we=M.ori==0?f:(H,ke,Ge,ri,Ds,ss,Is)=>{f(H,ke,Ge,Ds,ri,Is,ss)},ne=ge(w.bands,vo).find(H=>H.series[0]==S),V=ne!=null?ne.dir:0,je=T.fillTo(w,S,T.min,T.max,V),at=te(ie(je,W,L,le)),ze,ye,Gt,wt=J,Le=te(T.width*ve),ts=!1,us=null,zt=null,ys=null,si=null;m!=null&&(Le==0||v!=null)&&(ts=!0,us=m.values(w,S,P,z),zt=new Map,new Set(us).forEach(H=>{H!=null&&zt.set(H,new Path2D)}),Le>0&&(ys=v.values(w,S,P,z),si=new Map,new Set(ys).forEach(H=>{H!=null&&si.set(H,new Path2D)})));let{x0:ii,size:Di}=u;if(ii!=null&&Di!=null){F=1,x=ii.values(w,S,P,z),ii.unit==2&&(x=x.map(Ge=>w.posToVal(Q+Ge*J,M.key,!0)));let H=Di.values(w,S,P,z);Di.unit==2?ye=H[0]*J:ye=U(H[0],M,J,Q)-U(0,M,J,Q),wt=Vl(x,N,U,M,J,Q,wt),Gt=wt-ye+Z}else wt=Vl(x,N,U,M,J,Q,wt),Gt=wt*o+Z,ye=wt-Gt;Gt<1&&(Gt=0),Le>=ye/2&&(Le=0),Gt<5&&(te=Ql);let mn=Gt>0,Ls=wt-Gt-(mn?Le:0);ye=te(ro(Ls,ue,K)),ze=(F==0?ye/2:F==Re?0:ye)-F*Re*((F==0?Z/2:0)+(mn?Le/2:0));let lt={stroke:null,fill:null,clip:null,band:null,gaps:null,flags:0},ni=ts?null:new Path2D,hs=null;if(ne!=null)hs=w.data[ne.series[1]];else{let{y0:H,y1:ke}=u;H!=null&&ke!=null&&(N=ke.values(w,S,P,z),hs=H.values(w,S,P,z))}let Ns=G*ye,B=ft*ye;for(let H=Re==1?P:z;H>=P&&H<=z;H+=Re){let ke=N[H];if(ke==null)continue;if(hs!=null){let gt=hs[H]??0;if(ke-gt==0)continue;at=ie(gt,W,L,le)}let Ge=M.distr!=2||u!=null?x[H]:H,ri=U(Ge,M,J,Q),Ds=ie(ge(ke,je),W,L,le),ss=te(ri-ze),Is=te(ht(Ds,at)),xt=te(Qt(Ds,at)),Pt=Is-xt;if(ke!=null){let gt=ke<0?B:Ns,Kt=ke<0?Ns:B;ts?(Le>0&&ys[H]!=null&&me(si.get(ys[H]),ss,xt+At(Le/2),ye,ht(0,Pt-Le),gt,Kt),us[H]!=null&&me(zt.get(us[H]),ss,xt+At(Le/2),ye,ht(0,Pt-Le),gt,Kt)):me(ni,ss,xt+At(Le/2),ye,ht(0,Pt-Le),gt,Kt),we(w,S,H,ss-Le/2,xt,ye+Le,Pt)}}return Le>0?lt.stroke=ts?si:ni:ts||(lt._fill=T.width==0?T._fill:T._stroke??T._fill,lt.width=0),lt.fill=ts?zt:ni,lt})}function cm(s,i){let e=ge(i?.alignGaps,0);return(t,n,r,o)=>ei(t,n,(a,c,u,f,m,v,w,S,P,z,T)=>{[r,o]=Fn(u,r,o);let x=a.pxRound,N=G=>x(v(G,f,z,S)),M=G=>x(w(G,m,T,P)),W,U,ie;f.ori==0?(W=Wn,ie=Pi,U=Sc):(W=qn,ie=Li,U=kc);let Q=f.dir*(f.ori==0?1:-1),le=N(c[Q==1?r:o]),J=le,L=[],te=[];for(let G=Q==1?r:o;G>=r&&G<=o;G+=Q)if(u[G]!=null){let Re=c[G],me=N(Re);L.push(J=me),te.push(M(u[G]))}let F={stroke:s(L,te,W,ie,U,x),fill:null,clip:null,band:null,gaps:null,flags:Ri},Z=F.stroke,[K,ue]=$o(t,n);if(a.fill!=null||K!=0){let G=F.fill=new Path2D(Z),ft=a.fillTo(t,n,a.min,a.max,K),Re=M(ft);ie(G,J,Re),ie(G,le,Re)}if(!a.spanGaps){let G=[];G.push(...So(c,u,r,o,Q,N,e)),F.gaps=G=a.gaps(t,n,r,o,G),F.clip=Kn(G,f.ori,S,P,z,T)}return ue!=0&&(F.band=ue==2?[gs(t,n,r,o,Z,-1),gs(t,n,r,o,Z,1)]:gs(t,n,r,o,Z,ue)),F})}function dm(s){return cm(um,s)}function um(s,i,e,t,n,r){let o=s.length;if(o<2)return null;let a=new Path2D;if(e(a,s[0],i[0]),o==2)t(a,s[1],i[1]);else{let c=Array(o),u=Array(o-1),f=Array(o-1),m=Array(o-1);for(let v=0;v<o-1;v++)f[v]=i[v+1]-i[v],m[v]=s[v+1]-s[v],u[v]=f[v]/m[v];c[0]=u[0];for(let v=1;v<o-1;v++)u[v]===0||u[v-1]===0||u[v-1]>0!=u[v]>0?c[v]=0:(c[v]=3*(m[v-1]+m[v])/((2*m[v]+m[v-1])/u[v-1]+(m[v]+2*m[v-1])/u[v]),isFinite(c[v])||(c[v]=0));c[o-1]=u[o-2];for(let v=0;v<o-1;v++)n(a,s[v]+m[v]/3,i[v]+c[v]*m[v]/3,s[v+1]-m[v]/3,i[v+1]-c[v+1]*m[v]/3,s[v+1],i[v+1])}return a}var co=new Set;function jl(){for(let s of co)s.syncRect(!0)}zi&&(Xs(Ku,Ti,jl),Xs(Wu,Ti,jl,!0),Xs(Hn,Ti,()=>{Ue.pxRatio=ve}));var hm=Ac(),mm=Ec();function Gl(s,i,e,t){return(t?[s[0],s[1]].concat(s.slice(2)):[s[0]].concat(s.slice(1))).map((r,o)=>uo(r,o,i,e))}function pm(s,i){return s.map((e,t)=>t==0?{}:Ve({},i,e))}function uo(s,i,e,t){return Ve({},i==0?e:t,s)}function Mc(s,i,e){return i==null?Mi:[i,e]}var fm=Mc;function gm(s,i,e){return i==null?Mi:On(i,e,go,!0)}function Cc(s,i,e,t){return i==null?Mi:Vn(i,e,s.scales[t].log,!1)}var bm=Cc;function Rc(s,i,e,t){return i==null?Mi:fo(i,e,s.scales[t].log,!1)}var vm=Rc;function ym(s,i,e,t,n){let r=ht(xl(s),xl(i)),o=i-s,a=Jt(n/t*o,e);do{let c=e[a],u=t*c/o;if(u>=n&&r+(c<5?Cs.get(c):0)<=17)return[c,u]}while(++a<e.length);return[0,0]}function Kl(s){let i,e;return s=s.replace(/(\d+)px/,(t,n)=>(i=Ke((e=+n)*ve))+"px"),[s,i,e]}function _m(s){s.show&&[s.font,s.labelFont].forEach(i=>{let e=Se(i[2]*ve,1);i[0]=i[0].replace(/[0-9.]+px/,e+"px"),i[1]=e})}function Ue(s,i,e){let t={mode:ge(s.mode,1)},n=t.mode;function r(l,d,h,p){let b=d.valToPct(l);return p+h*(d.dir==-1?1-b:b)}function o(l,d,h,p){let b=d.valToPct(l);return p+h*(d.dir==-1?b:1-b)}function a(l,d,h,p){return d.ori==0?r(l,d,h,p):o(l,d,h,p)}t.valToPosH=r,t.valToPosV=o;let c=!1;t.status=0;let u=t.root=Ut(Tu);if(s.id!=null&&(u.id=s.id),Tt(u,s.class),s.title){let l=Ut(Cu,u);l.textContent=s.title}let f=Yt("canvas"),m=t.ctx=f.getContext("2d"),v=Ut(Ru,u);Xs("click",v,l=>{l.target===S&&(Te!=gi||Pe!=bi)&&st.click(t,l)},!0);let w=t.under=Ut(zu,v);v.appendChild(f);let S=t.over=Ut(Pu,v);s=Ci(s);let P=+ge(s.pxAlign,1),z=Fl(P);(s.plugins||[]).forEach(l=>{l.opts&&(s=l.opts(t,s)||s)});let T=s.ms||.001,x=t.series=n==1?Gl(s.series||[],Ll,Ol,!1):pm(s.series||[null],Hl),N=t.axes=Gl(s.axes||[],Pl,Dl,!0),M=t.scales={},W=t.bands=s.bands||[];W.forEach(l=>{l.fill=de(l.fill||null),l.dir=ge(l.dir,-1)});let U=n==2?x[1].facets[0].scale:x[0].scale,ie={axes:Ud,series:Nd},Q=(s.drawOrder||["axes","series"]).map(l=>ie[l]);function le(l){let d=l.distr==3?h=>fs(h>0?h:l.clamp(t,h,l.min,l.max,l.key)):l.distr==4?h=>Qr(h,l.asinh):l.distr==100?h=>l.fwd(h):h=>h;return h=>{let p=d(h),{_min:b,_max:_}=l,$=_-b;return(p-b)/$}}function J(l){let d=M[l];if(d==null){let h=(s.scales||ln)[l]||ln;if(h.from!=null){J(h.from);let p=Ve({},M[h.from],h,{key:l});p.valToPct=le(p),M[l]=p}else{d=M[l]=Ve({},l==U?yc:sm,h),d.key=l;let p=d.time,b=d.range,_=Ms(b);if((l!=U||n==2&&!p)&&(_&&(b[0]==null||b[1]==null)&&(b={min:b[0]==null?yl:{mode:1,hard:b[0],soft:b[0]},max:b[1]==null?yl:{mode:1,hard:b[1],soft:b[1]}},_=!1),!_&&Gn(b))){let $=b;b=(E,R,D)=>R==null?Mi:On(R,D,$)}d.range=de(b||(p?fm:l==U?d.distr==3?bm:d.distr==4?vm:Mc:d.distr==3?Cc:d.distr==4?Rc:gm)),d.auto=de(_?!1:d.auto),d.clamp=de(d.clamp||tm),d._min=d._max=null,d.valToPct=le(d)}}}J("x"),J("y"),n==1&&x.forEach(l=>{J(l.scale)}),N.forEach(l=>{J(l.scale)});for(let l in s.scales)J(l);let L=M[U],te=L.distr,F,Z;L.ori==0?(Tt(u,Au),F=r,Z=o):(Tt(u,Mu),F=o,Z=r);let K={};for(let l in M){let d=M[l];(d.min!=null||d.max!=null)&&(K[l]={min:d.min,max:d.max},d.min=d.max=null)}let ue=s.tzDate||(l=>new Date(Ke(l/T))),G=s.fmtDate||yo,ft=T==1?Ah(ue):Rh(ue),Re=Cl(ue,Ml(T==1?Th:Ch,G)),me=zl(ue,Rl(Ph,G)),we=[],ne=t.legend=Ve({},Dh,s.legend),V=t.cursor=Ve({},Vh,{drag:{y:n==2}},s.cursor),je=ne.show,at=V.show,ze=ne.markers;ne.idxs=we,ze.width=de(ze.width),ze.dash=de(ze.dash),ze.stroke=de(ze.stroke),ze.fill=de(ze.fill);let ye,Gt,wt,Le=[],ts=[],us,zt=!1,ys={};if(ne.live){let l=x[1]?x[1].values:null;zt=l!=null,us=zt?l(t,1,0):{_:0};for(let d in us)ys[d]=mo}if(je)if(ye=Yt("table",Ou,u),wt=Yt("tbody",null,ye),ne.mount(t,ye),zt){Gt=Yt("thead",null,ye,wt);let l=Yt("tr",null,Gt);Yt("th",null,l);for(var si in us)Yt("th",ol,l).textContent=si}else Tt(ye,Fu),ne.live&&Tt(ye,Uu);let ii={show:!0},Di={show:!1};function mn(l,d){if(d==0&&(zt||!ne.live||n==2))return Mi;let h=[],p=Yt("tr",Vu,wt,wt.childNodes[d]);Tt(p,l.class),l.show||Tt(p,Qs);let b=Yt("th",null,p);if(ze.show){let E=Ut(ju,b);if(d>0){let R=ze.width(t,d);R&&(E.style.border=R+"px "+ze.dash(t,d)+" "+ze.stroke(t,d)),E.style.background=ze.fill(t,d)}}let _=Ut(ol,b);l.label instanceof HTMLElement?_.appendChild(l.label):_.textContent=l.label,d>0&&(ze.show||(_.style.color=l.width>0?ze.stroke(t,d):ze.fill(t,d)),lt("click",b,E=>{if(V._lock)return;Os(E);let R=x.indexOf(l);if((E.ctrlKey||E.metaKey)!=ne.isolate){let D=x.some((I,O)=>O>0&&O!=R&&I.show);x.forEach((I,O)=>{O>0&&ns(O,D?O==R?ii:Di:ii,!0,Fe.setSeries)})}else ns(R,{show:!l.show},!0,Fe.setSeries)},!1),ai&&lt(dl,b,E=>{V._lock||(Os(E),ns(x.indexOf(l),yi,!0,Fe.setSeries))},!1));for(var $ in us){let E=Yt("td",Gu,p);E.textContent="--",h.push(E)}return[p,h]}let Ls=new Map;function lt(l,d,h,p=!0){let b=Ls.get(d)||{},_=V.bind[l](t,d,h,p);_&&(Xs(l,d,b[l]=_),Ls.set(d,b))}function ni(l,d,h){let p=Ls.get(d)||{};for(let b in p)(l==null||b==l)&&(no(b,d,p[b]),delete p[b]);l==null&&Ls.delete(d)}let hs=0,Ns=0,B=0,H=0,ke=0,Ge=0,ri=ke,Ds=Ge,ss=B,Is=H,xt=0,Pt=0,gt=0,Kt=0;t.bbox={};let rr=!1,pn=!1,oi=!1,Hs=!1,fn=!1,Lt=!1;function or(l,d,h){(h||l!=t.width||d!=t.height)&&Po(l,d),hi(!1),oi=!0,pn=!0,mi()}function Po(l,d){t.width=hs=B=l,t.height=Ns=H=d,ke=Ge=0,Ad(),Md();let h=t.bbox;xt=h.left=Ys(ke*ve,.5),Pt=h.top=Ys(Ge*ve,.5),gt=h.width=Ys(B*ve,.5),Kt=h.height=Ys(H*ve,.5)}let kd=3;function Ed(){let l=!1,d=0;for(;!l;){d++;let h=Hd(d),p=Od(d);l=d==kd||h&&p,l||(Po(t.width,t.height),pn=!0)}}function Td({width:l,height:d}){or(l,d)}t.setSize=Td;function Ad(){let l=!1,d=!1,h=!1,p=!1;N.forEach((b,_)=>{if(b.show&&b._show){let{side:$,_size:E}=b,R=$%2,D=b.label!=null?b.labelSize:0,I=E+D;I>0&&(R?(B-=I,$==3?(ke+=I,p=!0):h=!0):(H-=I,$==0?(Ge+=I,l=!0):d=!0))}}),Us[0]=l,Us[1]=h,Us[2]=d,Us[3]=p,B-=_s[1]+_s[3],ke+=_s[3],H-=_s[2]+_s[0],Ge+=_s[0]}function Md(){let l=ke+B,d=Ge+H,h=ke,p=Ge;function b(_,$){switch(_){case 1:return l+=$,l-$;case 2:return d+=$,d-$;case 3:return h-=$,h+$;case 0:return p-=$,p+$}}N.forEach((_,$)=>{if(_.show&&_._show){let E=_.side;_._pos=b(E,_._size),_.label!=null&&(_._lpos=b(E,_.labelSize))}})}if(V.dataIdx==null){let l=V.hover,d=l.skip=new Set(l.skip??[]);d.add(void 0);let h=l.prox=de(l.prox),p=l.bias??=0;V.dataIdx=(b,_,$,E)=>{if(_==0)return $;let R=$,D=h(b,_,$,E)??$e,I=D>=0&&D<$e,O=L.ori==0?B:H,Y=V.left,be=i[0],pe=i[_];if(d.has(pe[$])){R=null;let re=null,q=null,j;if(p==0||p==-1)for(j=$;re==null&&j-- >0;)d.has(pe[j])||(re=j);if(p==0||p==1)for(j=$;q==null&&j++<pe.length;)d.has(pe[j])||(q=j);if(re!=null||q!=null)if(I){let Me=re==null?-1/0:F(be[re],L,O,0),Ne=q==null?1/0:F(be[q],L,O,0),Be=Y-Me,xe=Ne-Y;Be<=xe?Be<=D&&(R=re):xe<=D&&(R=q)}else R=q==null?re:re==null?q:$-re<=q-$?re:q}else I&&We(Y-F(be[$],L,O,0))>D&&(R=null);return R}}let Os=l=>{V.event=l};V.idxs=we,V._lock=!1;let rt=V.points;rt.show=de(rt.show),rt.size=de(rt.size),rt.stroke=de(rt.stroke),rt.width=de(rt.width),rt.fill=de(rt.fill);let is=t.focus=Ve({},s.focus||{alpha:.3},V.focus),ai=is.prox>=0,li=ai&&rt.one,Nt=[],ci=[],di=[];function Lo(l,d){let h=rt.show(t,d);if(h instanceof HTMLElement)return Tt(h,Hu),Tt(h,l.class),cs(h,-10,-10,B,H),S.insertBefore(h,Nt[d]),h}function No(l,d){if(n==1||d>0){let h=n==1&&M[l.scale].time,p=l.value;l.value=h?kl(p)?zl(ue,Rl(p,G)):p||me:p||Xh,l.label=l.label||(h?Gh:jh)}if(li||d>0){l.width=l.width==null?1:l.width,l.paths=l.paths||hm||sh,l.fillTo=de(l.fillTo||im),l.pxAlign=+ge(l.pxAlign,P),l.pxRound=Fl(l.pxAlign),l.stroke=de(l.stroke||null),l.fill=de(l.fill||null),l._stroke=l._fill=l._paths=l._focus=null;let h=Bh(ht(1,l.width),1),p=l.points=Ve({},{size:h,width:ht(1,h*.2),stroke:l.stroke,space:h*2,paths:mm,_stroke:null,_fill:null},l.points);p.show=de(p.show),p.filter=de(p.filter),p.fill=de(p.fill),p.stroke=de(p.stroke),p.paths=de(p.paths),p.pxAlign=l.pxAlign}if(je){let h=mn(l,d);Le.splice(d,0,h[0]),ts.splice(d,0,h[1]),ne.values.push(null)}if(at){we.splice(d,0,null);let h=null;li?d==0&&(h=Lo(l,d)):d>0&&(h=Lo(l,d)),Nt.splice(d,0,h),ci.splice(d,0,0),di.splice(d,0,0)}Xe("addSeries",d)}function Cd(l,d){d=d??x.length,l=n==1?uo(l,d,Ll,Ol):uo(l,d,{},Hl),x.splice(d,0,l),No(x[d],d)}t.addSeries=Cd;function Rd(l){if(x.splice(l,1),je){ne.values.splice(l,1),ts.splice(l,1);let d=Le.splice(l,1)[0];ni(null,d.firstChild),d.remove()}at&&(we.splice(l,1),Nt.splice(l,1)[0].remove(),ci.splice(l,1),di.splice(l,1)),Xe("delSeries",l)}t.delSeries=Rd;let Us=[!1,!1,!1,!1];function zd(l,d){if(l._show=l.show,l.show){let h=l.side%2,p=M[l.scale];p==null&&(l.scale=h?x[1].scale:U,p=M[l.scale]);let b=p.time;l.size=de(l.size),l.space=de(l.space),l.rotate=de(l.rotate),Ms(l.incrs)&&l.incrs.forEach($=>{!Cs.has($)&&Cs.set($,ec($))}),l.incrs=de(l.incrs||(p.distr==2?Sh:b?T==1?Eh:Mh:Js)),l.splits=de(l.splits||(b&&p.distr==1?ft:p.distr==3?oo:p.distr==4?qh:Wh)),l.stroke=de(l.stroke),l.grid.stroke=de(l.grid.stroke),l.ticks.stroke=de(l.ticks.stroke),l.border.stroke=de(l.border.stroke);let _=l.values;l.values=Ms(_)&&!Ms(_[0])?de(_):b?Ms(_)?Cl(ue,Ml(_,G)):kl(_)?zh(ue,_):_||Re:_||Kh,l.filter=de(l.filter||(p.distr>=3&&p.log==10?Jh:p.distr==3&&p.log==2?Qh:Xl)),l.font=Kl(l.font),l.labelFont=Kl(l.labelFont),l._size=l.size(t,null,d,0),l._space=l._rotate=l._incrs=l._found=l._splits=l._values=null,l._size>0&&(Us[d]=!0,l._el=Ut(Lu,v))}}function Ii(l,d,h,p){let[b,_,$,E]=h,R=d%2,D=0;return R==0&&(E||_)&&(D=d==0&&!b||d==2&&!$?Ke(Pl.size/3):0),R==1&&(b||$)&&(D=d==1&&!_||d==3&&!E?Ke(Dl.size/2):0),D}let Do=t.padding=(s.padding||[Ii,Ii,Ii,Ii]).map(l=>de(ge(l,Ii))),_s=t._padding=Do.map((l,d)=>l(t,d,Us,0)),tt,Ze=null,Ye=null,gn=n==1?x[0].idxs:null,Wt=null,Hi=!1;function Io(l,d){if(i=l??[],t.data=t._data=i,n==2){tt=0;for(let h=1;h<x.length;h++)tt+=i[h][0].length}else{i.length==0&&(t.data=t._data=i=[[]]),Wt=i[0],tt=Wt.length;let h=i;if(te==2){h=i.slice();let p=h[0]=Array(tt);for(let b=0;b<tt;b++)p[b]=b}t._data=i=h}if(hi(!0),Xe("setData"),te==2&&(oi=!0),d!==!1){let h=L;h.auto(t,Hi)?ar():xs(U,h.min,h.max),Hs=Hs||V.left>=0,Lt=!0,mi()}}t.setData=Io;function ar(){Hi=!0;let l,d;n==1&&(tt>0?(Ze=gn[0]=0,Ye=gn[1]=tt-1,l=i[0][Ze],d=i[0][Ye],te==2?(l=Ze,d=Ye):l==d&&(te==3?[l,d]=Vn(l,l,L.log,!1):te==4?[l,d]=fo(l,l,L.log,!1):L.time?d=l+Ke(86400/T):[l,d]=On(l,d,go,!0))):(Ze=gn[0]=l=null,Ye=gn[1]=d=null)),xs(U,l,d)}let bn,ui,lr,cr,dr,ur,hr,mr,pr,bt;function Ho(l,d,h,p,b,_){l??=ll,h??=vo,p??="butt",b??=ll,_??="round",l!=bn&&(m.strokeStyle=bn=l),b!=ui&&(m.fillStyle=ui=b),d!=lr&&(m.lineWidth=lr=d),_!=dr&&(m.lineJoin=dr=_),p!=ur&&(m.lineCap=ur=p),h!=cr&&m.setLineDash(cr=h)}function Oo(l,d,h,p){d!=ui&&(m.fillStyle=ui=d),l!=hr&&(m.font=hr=l),h!=mr&&(m.textAlign=mr=h),p!=pr&&(m.textBaseline=pr=p)}function fr(l,d,h,p,b=0){if(p.length>0&&l.auto(t,Hi)&&(d==null||d.min==null)){let _=ge(Ze,0),$=ge(Ye,p.length-1),E=h.min==null?Ju(p,_,$,b,l.distr==3):[h.min,h.max];l.min=Qt(l.min,h.min=E[0]),l.max=ht(l.max,h.max=E[1])}}let Uo={min:null,max:null};function Pd(){for(let p in M){let b=M[p];K[p]==null&&(b.min==null||K[U]!=null&&b.auto(t,Hi))&&(K[p]=Uo)}for(let p in M){let b=M[p];K[p]==null&&b.from!=null&&K[b.from]!=null&&(K[p]=Uo)}K[U]!=null&&hi(!0);let l={};for(let p in K){let b=K[p];if(b!=null){let _=l[p]=Ci(M[p],rh);if(b.min!=null)Ve(_,b);else if(p!=U||n==2)if(tt==0&&_.from==null){let $=_.range(t,null,null,p);_.min=$[0],_.max=$[1]}else _.min=$e,_.max=-$e}}if(tt>0){x.forEach((p,b)=>{if(n==1){let _=p.scale,$=K[_];if($==null)return;let E=l[_];if(b==0){let R=E.range(t,E.min,E.max,_);E.min=R[0],E.max=R[1],Ze=Jt(E.min,i[0]),Ye=Jt(E.max,i[0]),Ye-Ze>1&&(i[0][Ze]<E.min&&Ze++,i[0][Ye]>E.max&&Ye--),p.min=Wt[Ze],p.max=Wt[Ye]}else p.show&&p.auto&&fr(E,$,p,i[b],p.sorted);p.idxs[0]=Ze,p.idxs[1]=Ye}else if(b>0&&p.show&&p.auto){let[_,$]=p.facets,E=_.scale,R=$.scale,[D,I]=i[b],O=l[E],Y=l[R];O!=null&&fr(O,K[E],_,D,_.sorted),Y!=null&&fr(Y,K[R],$,I,$.sorted),p.min=$.min,p.max=$.max}});for(let p in l){let b=l[p],_=K[p];if(b.from==null&&(_==null||_.min==null)){let $=b.range(t,b.min==$e?null:b.min,b.max==-$e?null:b.max,p);b.min=$[0],b.max=$[1]}}}for(let p in l){let b=l[p];if(b.from!=null){let _=l[b.from];if(_.min==null)b.min=b.max=null;else{let $=b.range(t,_.min,_.max,p);b.min=$[0],b.max=$[1]}}}let d={},h=!1;for(let p in l){let b=l[p],_=M[p];if(_.min!=b.min||_.max!=b.max){_.min=b.min,_.max=b.max;let $=_.distr;_._min=$==3?fs(_.min):$==4?Qr(_.min,_.asinh):$==100?_.fwd(_.min):_.min,_._max=$==3?fs(_.max):$==4?Qr(_.max,_.asinh):$==100?_.fwd(_.max):_.max,d[p]=h=!0}}if(h){x.forEach((p,b)=>{n==2?b>0&&d.y&&(p._paths=null):d[p.scale]&&(p._paths=null)});for(let p in d)oi=!0,Xe("setScale",p);at&&V.left>=0&&(Hs=Lt=!0)}for(let p in K)K[p]=null}function Ld(l){let d=ro(Ze-1,0,tt-1),h=ro(Ye+1,0,tt-1);for(;l[d]==null&&d>0;)d--;for(;l[h]==null&&h<tt-1;)h++;return[d,h]}function Nd(){if(tt>0){let l=x.some(d=>d._focus)&&bt!=is.alpha;l&&(m.globalAlpha=bt=is.alpha),x.forEach((d,h)=>{if(h>0&&d.show&&(Fo(h,!1),Fo(h,!0),d._paths==null)){let p=bt;bt!=d.alpha&&(m.globalAlpha=bt=d.alpha);let b=n==2?[0,i[h][0].length-1]:Ld(i[h]);d._paths=d.paths(t,h,b[0],b[1]),bt!=p&&(m.globalAlpha=bt=p)}}),x.forEach((d,h)=>{if(h>0&&d.show){let p=bt;bt!=d.alpha&&(m.globalAlpha=bt=d.alpha),d._paths!=null&&Vo(h,!1);{let b=d._paths!=null?d._paths.gaps:null,_=d.points.show(t,h,Ze,Ye,b),$=d.points.filter(t,h,_,b);(_||$)&&(d.points._paths=d.points.paths(t,h,Ze,Ye,$),Vo(h,!0))}bt!=p&&(m.globalAlpha=bt=p),Xe("drawSeries",h)}}),l&&(m.globalAlpha=bt=1)}}function Fo(l,d){let h=d?x[l].points:x[l];h._stroke=h.stroke(t,l),h._fill=h.fill(t,l)}function Vo(l,d){let h=d?x[l].points:x[l],{stroke:p,fill:b,clip:_,flags:$,_stroke:E=h._stroke,_fill:R=h._fill,_width:D=h.width}=h._paths;D=Se(D*ve,3);let I=null,O=D%2/2;d&&R==null&&(R=D>0?"#fff":E);let Y=h.pxAlign==1&&O>0;if(Y&&m.translate(O,O),!d){let be=xt-D/2,pe=Pt-D/2,re=gt+D,q=Kt+D;I=new Path2D,I.rect(be,pe,re,q)}d?gr(E,D,h.dash,h.cap,R,p,b,$,_):Dd(l,E,D,h.dash,h.cap,R,p,b,$,I,_),Y&&m.translate(-O,-O)}function Dd(l,d,h,p,b,_,$,E,R,D,I){let O=!1;R!=0&&W.forEach((Y,be)=>{if(Y.series[0]==l){let pe=x[Y.series[1]],re=i[Y.series[1]],q=(pe._paths||ln).band;Ms(q)&&(q=Y.dir==1?q[0]:q[1]);let j,Me=null;pe.show&&q&&Xu(re,Ze,Ye)?(Me=Y.fill(t,be)||_,j=pe._paths.clip):q=null,gr(d,h,p,b,Me,$,E,R,D,I,j,q),O=!0}}),O||gr(d,h,p,b,_,$,E,R,D,I)}let jo=Ri|lo;function gr(l,d,h,p,b,_,$,E,R,D,I,O){Ho(l,d,h,p,b),(R||D||O)&&(m.save(),R&&m.clip(R),D&&m.clip(D)),O?(E&jo)==jo?(m.clip(O),I&&m.clip(I),yn(b,$),vn(l,_,d)):E&lo?(yn(b,$),m.clip(O),vn(l,_,d)):E&Ri&&(m.save(),m.clip(O),I&&m.clip(I),yn(b,$),m.restore(),vn(l,_,d)):(yn(b,$),vn(l,_,d)),(R||D||O)&&m.restore()}function vn(l,d,h){h>0&&(d instanceof Map?d.forEach((p,b)=>{m.strokeStyle=bn=b,m.stroke(p)}):d!=null&&l&&m.stroke(d))}function yn(l,d){d instanceof Map?d.forEach((h,p)=>{m.fillStyle=ui=p,m.fill(h)}):d!=null&&l&&m.fill(d)}function Id(l,d,h,p){let b=N[l],_;if(p<=0)_=[0,0];else{let $=b._space=b.space(t,l,d,h,p),E=b._incrs=b.incrs(t,l,d,h,p,$);_=ym(d,h,E,p,$)}return b._found=_}function br(l,d,h,p,b,_,$,E,R,D){let I=$%2/2;P==1&&m.translate(I,I),Ho(E,$,R,D,E),m.beginPath();let O,Y,be,pe,re=b+(p==0||p==3?-_:_);h==0?(Y=b,pe=re):(O=b,be=re);for(let q=0;q<l.length;q++)d[q]!=null&&(h==0?O=be=l[q]:Y=pe=l[q],m.moveTo(O,Y),m.lineTo(be,pe));m.stroke(),P==1&&m.translate(-I,-I)}function Hd(l){let d=!0;return N.forEach((h,p)=>{if(!h.show)return;let b=M[h.scale];if(b.min==null){h._show&&(d=!1,h._show=!1,hi(!1));return}else h._show||(d=!1,h._show=!0,hi(!1));let _=h.side,$=_%2,{min:E,max:R}=b,[D,I]=Id(p,E,R,$==0?B:H);if(I==0)return;let O=b.distr==2,Y=h._splits=h.splits(t,p,E,R,D,I,O),be=b.distr==2?Y.map(j=>Wt[j]):Y,pe=b.distr==2?Wt[Y[1]]-Wt[Y[0]]:D,re=h._values=h.values(t,h.filter(t,be,p,I,pe),p,I,pe);h._rotate=_==2?h.rotate(t,re,p,I):0;let q=h._size;h._size=Ft(h.size(t,re,p,l)),q!=null&&h._size!=q&&(d=!1)}),d}function Od(l){let d=!0;return Do.forEach((h,p)=>{let b=h(t,p,Us,l);b!=_s[p]&&(d=!1),_s[p]=b}),d}function Ud(){for(let l=0;l<N.length;l++){let d=N[l];if(!d.show||!d._show)continue;let h=d.side,p=h%2,b,_,$=d.stroke(t,l),E=h==0||h==3?-1:1,[R,D]=d._found;if(d.label!=null){let dt=d.labelGap*E,kt=Ke((d._lpos+dt)*ve);Oo(d.labelFont[0],$,"center",h==2?"top":al),m.save(),p==1?(b=_=0,m.translate(kt,Ke(Pt+Kt/2)),m.rotate((h==3?-In:In)/2)):(b=Ke(xt+gt/2),_=kt);let js=Jl(d.label)?d.label(t,l,R,D):d.label;m.fillText(js,b,_),m.restore()}if(D==0)continue;let I=M[d.scale],O=p==0?gt:Kt,Y=p==0?xt:Pt,be=d._splits,pe=I.distr==2?be.map(dt=>Wt[dt]):be,re=I.distr==2?Wt[be[1]]-Wt[be[0]]:R,q=d.ticks,j=d.border,Me=q.show?q.size:0,Ne=Ke(Me*ve),Be=Ke((d.alignTo==2?d._size-Me-d.gap:d.gap)*ve),xe=d._rotate*-In/180,De=z(d._pos*ve),$t=(Ne+Be)*E,ct=De+$t;_=p==0?ct:0,b=p==1?ct:0;let Dt=d.font[0],qt=d.align==1?ki:d.align==2?Zr:xe>0?ki:xe<0?Zr:p==0?"center":h==3?Zr:ki,os=xe||p==1?"middle":h==2?"top":al;Oo(Dt,$,qt,os);let St=d.font[1]*d.lineGap,It=be.map(dt=>z(a(dt,I,O,Y))),Zt=d._values;for(let dt=0;dt<Zt.length;dt++){let kt=Zt[dt];if(kt!=null){p==0?b=It[dt]:_=It[dt],kt=""+kt;let js=kt.indexOf(`
`)==-1?[kt]:kt.split(/\n/gm);for(let ut=0;ut<js.length;ut++){let la=js[ut];xe?(m.save(),m.translate(b,_+ut*St),m.rotate(xe),m.fillText(la,0,0),m.restore()):m.fillText(la,b,_+ut*St)}}}q.show&&br(It,q.filter(t,pe,l,D,re),p,h,De,Ne,Se(q.width*ve,3),q.stroke(t,l),q.dash,q.cap);let as=d.grid;as.show&&br(It,as.filter(t,pe,l,D,re),p,p==0?2:1,p==0?Pt:xt,p==0?Kt:gt,Se(as.width*ve,3),as.stroke(t,l),as.dash,as.cap),j.show&&br([De],[1],p==0?1:0,p==0?1:2,p==1?Pt:xt,p==1?Kt:gt,Se(j.width*ve,3),j.stroke(t,l),j.dash,j.cap)}Xe("drawAxes")}function hi(l){x.forEach((d,h)=>{h>0&&(d._paths=null,l&&(n==1?(d.min=null,d.max=null):d.facets.forEach(p=>{p.min=null,p.max=null})))})}let _n=!1,vr=!1,Oi=[];function Fd(){vr=!1;for(let l=0;l<Oi.length;l++)Xe(...Oi[l]);Oi.length=0}function mi(){_n||(hh(Go),_n=!0)}function Vd(l,d=!1){_n=!0,vr=d,l(t),Go(),d&&Oi.length>0&&queueMicrotask(Fd)}t.batch=Vd;function Go(){if(rr&&(Pd(),rr=!1),oi&&(Ed(),oi=!1),pn){if(Ce(w,ki,ke),Ce(w,"top",Ge),Ce(w,nn,B),Ce(w,rn,H),Ce(S,ki,ke),Ce(S,"top",Ge),Ce(S,nn,B),Ce(S,rn,H),Ce(v,nn,hs),Ce(v,rn,Ns),f.width=Ke(hs*ve),f.height=Ke(Ns*ve),N.forEach(({_el:l,_show:d,_size:h,_pos:p,side:b})=>{if(l!=null)if(d){let _=b===3||b===0?h:0,$=b%2==1;Ce(l,$?"left":"top",p-_),Ce(l,$?"width":"height",h),Ce(l,$?"top":"left",$?Ge:ke),Ce(l,$?"height":"width",$?H:B),io(l,Qs)}else Tt(l,Qs)}),bn=ui=lr=dr=ur=hr=mr=pr=cr=null,bt=1,Vi(!0),ke!=ri||Ge!=Ds||B!=ss||H!=Is){hi(!1);let l=B/ss,d=H/Is;if(at&&!Hs&&V.left>=0){V.left*=l,V.top*=d,pi&&cs(pi,Ke(V.left),0,B,H),fi&&cs(fi,0,Ke(V.top),B,H);for(let h=0;h<Nt.length;h++){let p=Nt[h];p!=null&&(ci[h]*=l,di[h]*=d,cs(p,Ft(ci[h]),Ft(di[h]),B,H))}}if(Ae.show&&!fn&&Ae.left>=0&&Ae.width>0){Ae.left*=l,Ae.width*=l,Ae.top*=d,Ae.height*=d;for(let h in Sr)Ce(vi,h,Ae[h])}ri=ke,Ds=Ge,ss=B,Is=H}Xe("setSize"),pn=!1}hs>0&&Ns>0&&(m.clearRect(0,0,f.width,f.height),Xe("drawClear"),Q.forEach(l=>l()),Xe("draw")),Ae.show&&fn&&(wn(Ae),fn=!1),at&&Hs&&(Vs(null,!0,!1),Hs=!1),ne.show&&ne.live&&Lt&&(xr(),Lt=!1),c||(c=!0,t.status=1,Xe("ready")),Hi=!1,_n=!1}t.redraw=(l,d)=>{oi=d||!1,l!==!1?xs(U,L.min,L.max):mi()};function yr(l,d){let h=M[l];if(h.from==null){if(tt==0){let p=h.range(t,d.min,d.max,l);d.min=p[0],d.max=p[1]}if(d.min>d.max){let p=d.min;d.min=d.max,d.max=p}if(tt>1&&d.min!=null&&d.max!=null&&d.max-d.min<1e-16)return;l==U&&h.distr==2&&tt>0&&(d.min=Jt(d.min,i[0]),d.max=Jt(d.max,i[0]),d.min==d.max&&d.max++),K[l]=d,rr=!0,mi()}}t.setScale=yr;let _r,wr,pi,fi,Ko,Wo,gi,bi,qo,Zo,Te,Pe,ws=!1,st=V.drag,Je=st.x,Qe=st.y;at&&(V.x&&(_r=Ut(Du,S)),V.y&&(wr=Ut(Iu,S)),L.ori==0?(pi=_r,fi=wr):(pi=wr,fi=_r),Te=V.left,Pe=V.top);let Ae=t.select=Ve({show:!0,over:!0,left:0,width:0,top:0,height:0},s.select),vi=Ae.show?Ut(Nu,Ae.over?S:w):null;function wn(l,d){if(Ae.show){for(let h in l)Ae[h]=l[h],h in Sr&&Ce(vi,h,l[h]);d!==!1&&Xe("setSelect")}}t.setSelect=wn;function jd(l){if(x[l].show)je&&io(Le[l],Qs);else if(je&&Tt(Le[l],Qs),at){let h=li?Nt[0]:Nt[l];h!=null&&cs(h,-10,-10,B,H)}}function xs(l,d,h){yr(l,{min:d,max:h})}function ns(l,d,h,p){d.focus!=null&&Zd(l),d.show!=null&&x.forEach((b,_)=>{_>0&&(l==_||l==null)&&(b.show=d.show,jd(_),n==2?(xs(b.facets[0].scale,null,null),xs(b.facets[1].scale,null,null)):xs(b.scale,null,null),mi())}),h!==!1&&Xe("setSeries",l,d),p&&ji("setSeries",t,l,d)}t.setSeries=ns;function Gd(l,d){Ve(W[l],d)}function Kd(l,d){l.fill=de(l.fill||null),l.dir=ge(l.dir,-1),d=d??W.length,W.splice(d,0,l)}function Wd(l){l==null?W.length=0:W.splice(l,1)}t.addBand=Kd,t.setBand=Gd,t.delBand=Wd;function qd(l,d){x[l].alpha=d,at&&Nt[l]!=null&&(Nt[l].style.opacity=d),je&&Le[l]&&(Le[l].style.opacity=d)}let ms,$s,Fs,yi={focus:!0};function Zd(l){if(l!=Fs){let d=l==null,h=is.alpha!=1;x.forEach((p,b)=>{if(n==1||b>0){let _=d||b==0||b==l;p._focus=d?null:_,h&&qd(b,_?1:is.alpha)}}),Fs=l,h&&mi()}}je&&ai&&lt(ul,ye,l=>{V._lock||(Os(l),Fs!=null&&ns(null,yi,!0,Fe.setSeries))});function rs(l,d,h){let p=M[d];h&&(l=l/ve-(p.ori==1?Ge:ke));let b=B;p.ori==1&&(b=H,l=b-l),p.dir==-1&&(l=b-l);let _=p._min,$=p._max,E=l/b,R=_+($-_)*E,D=p.distr;return D==3?Ai(10,R):D==4?eh(R,p.asinh):D==100?p.bwd(R):R}function Yd(l,d){let h=rs(l,U,d);return Jt(h,i[0],Ze,Ye)}t.valToIdx=l=>Jt(l,i[0]),t.posToIdx=Yd,t.posToVal=rs,t.valToPos=(l,d,h)=>M[d].ori==0?r(l,M[d],h?gt:B,h?xt:0):o(l,M[d],h?Kt:H,h?Pt:0),t.setCursor=(l,d,h)=>{Te=l.left,Pe=l.top,Vs(null,d,h)};function Yo(l,d){Ce(vi,ki,Ae.left=l),Ce(vi,nn,Ae.width=d)}function Jo(l,d){Ce(vi,"top",Ae.top=l),Ce(vi,rn,Ae.height=d)}let Ui=L.ori==0?Yo:Jo,Fi=L.ori==1?Yo:Jo;function Jd(){if(je&&ne.live)for(let l=n==2?1:0;l<x.length;l++){if(l==0&&zt)continue;let d=ne.values[l],h=0;for(let p in d)ts[l][h++].firstChild.nodeValue=d[p]}}function xr(l,d){if(l!=null&&(l.idxs?l.idxs.forEach((h,p)=>{we[p]=h}):nh(l.idx)||we.fill(l.idx),ne.idx=we[0]),je&&ne.live){for(let h=0;h<x.length;h++)(h>0||n==1&&!zt)&&Qd(h,we[h]);Jd()}Lt=!1,d!==!1&&Xe("setLegend")}t.setLegend=xr;function Qd(l,d){let h=x[l],p=l==0&&te==2?Wt:i[l],b;zt?b=h.values(t,l,d)??ys:(b=h.value(t,d==null?null:p[d],l,d),b=b==null?ys:{_:b}),ne.values[l]=b}function Vs(l,d,h){qo=Te,Zo=Pe,[Te,Pe]=V.move(t,Te,Pe),V.left=Te,V.top=Pe,at&&(pi&&cs(pi,Ke(Te),0,B,H),fi&&cs(fi,0,Ke(Pe),B,H));let p,b=Ze>Ye;ms=$e,$s=null;let _=L.ori==0?B:H,$=L.ori==1?B:H;if(Te<0||tt==0||b){p=V.idx=null;for(let E=0;E<x.length;E++){let R=Nt[E];R!=null&&cs(R,-10,-10,B,H)}ai&&ns(null,yi,!0,l==null&&Fe.setSeries),ne.live&&(we.fill(p),Lt=!0)}else{let E,R,D;n==1&&(E=L.ori==0?Te:Pe,R=rs(E,U),p=V.idx=Jt(R,i[0],Ze,Ye),D=F(i[0][p],L,_,0));let I=-10,O=-10,Y=0,be=0,pe=!0,re="",q="";for(let j=n==2?1:0;j<x.length;j++){let Me=x[j],Ne=we[j],Be=Ne==null?null:n==1?i[j][Ne]:i[j][1][Ne],xe=V.dataIdx(t,j,p,R),De=xe==null?null:n==1?i[j][xe]:i[j][1][xe];if(Lt=Lt||De!=Be||xe!=Ne,we[j]=xe,j>0&&Me.show){let $t=xe==null?-10:xe==p?D:F(n==1?i[0][xe]:i[j][0][xe],L,_,0),ct=De==null?-10:Z(De,n==1?M[Me.scale]:M[Me.facets[1].scale],$,0);if(ai&&De!=null){let Dt=L.ori==1?Te:Pe,qt=We(is.dist(t,j,xe,ct,Dt));if(qt<ms){let os=is.bias;if(os!=0){let St=rs(Dt,Me.scale),It=De>=0?1:-1,Zt=St>=0?1:-1;Zt==It&&(Zt==1?os==1?De>=St:De<=St:os==1?De<=St:De>=St)&&(ms=qt,$s=j)}else ms=qt,$s=j}}if(Lt||li){let Dt,qt;L.ori==0?(Dt=$t,qt=ct):(Dt=ct,qt=$t);let os,St,It,Zt,as,dt,kt=!0,js=rt.bbox;if(js!=null){kt=!1;let ut=js(t,j);It=ut.left,Zt=ut.top,os=ut.width,St=ut.height}else It=Dt,Zt=qt,os=St=rt.size(t,j);if(dt=rt.fill(t,j),as=rt.stroke(t,j),li)j==$s&&ms<=is.prox&&(I=It,O=Zt,Y=os,be=St,pe=kt,re=dt,q=as);else{let ut=Nt[j];ut!=null&&(ci[j]=It,di[j]=Zt,vl(ut,os,St,kt),gl(ut,dt,as),cs(ut,Ft(It),Ft(Zt),B,H))}}}}if(li){let j=is.prox,Me=Fs==null?ms<=j:ms>j||$s!=Fs;if(Lt||Me){let Ne=Nt[0];Ne!=null&&(ci[0]=I,di[0]=O,vl(Ne,Y,be,pe),gl(Ne,re,q),cs(Ne,Ft(I),Ft(O),B,H))}}}if(Ae.show&&ws)if(l!=null){let[E,R]=Fe.scales,[D,I]=Fe.match,[O,Y]=l.cursor.sync.scales,be=l.cursor.drag;if(Je=be._x,Qe=be._y,Je||Qe){let{left:pe,top:re,width:q,height:j}=l.select,Me=l.scales[O].ori,Ne=l.posToVal,Be,xe,De,$t,ct,Dt=E!=null&&D(E,O),qt=R!=null&&I(R,Y);Dt&&Je?(Me==0?(Be=pe,xe=q):(Be=re,xe=j),De=M[E],$t=F(Ne(Be,O),De,_,0),ct=F(Ne(Be+xe,O),De,_,0),Ui(Qt($t,ct),We(ct-$t))):Ui(0,_),qt&&Qe?(Me==1?(Be=pe,xe=q):(Be=re,xe=j),De=M[R],$t=Z(Ne(Be,Y),De,$,0),ct=Z(Ne(Be+xe,Y),De,$,0),Fi(Qt($t,ct),We(ct-$t))):Fi(0,$)}else kr()}else{let E=We(qo-Ko),R=We(Zo-Wo);if(L.ori==1){let Y=E;E=R,R=Y}Je=st.x&&E>=st.dist,Qe=st.y&&R>=st.dist;let D=st.uni;D!=null?Je&&Qe&&(Je=E>=D,Qe=R>=D,!Je&&!Qe&&(R>E?Qe=!0:Je=!0)):st.x&&st.y&&(Je||Qe)&&(Je=Qe=!0);let I,O;Je&&(L.ori==0?(I=gi,O=Te):(I=bi,O=Pe),Ui(Qt(I,O),We(O-I)),Qe||Fi(0,$)),Qe&&(L.ori==1?(I=gi,O=Te):(I=bi,O=Pe),Fi(Qt(I,O),We(O-I)),Je||Ui(0,_)),!Je&&!Qe&&(Ui(0,0),Fi(0,0))}if(st._x=Je,st._y=Qe,l==null){if(h){if(aa!=null){let[E,R]=Fe.scales;Fe.values[0]=E!=null?rs(L.ori==0?Te:Pe,E):null,Fe.values[1]=R!=null?rs(L.ori==1?Te:Pe,R):null}ji(Yr,t,Te,Pe,B,H,p)}if(ai){let E=h&&Fe.setSeries,R=is.prox;Fs==null?ms<=R&&ns($s,yi,!0,E):ms>R?ns(null,yi,!0,E):$s!=Fs&&ns($s,yi,!0,E)}}Lt&&(ne.idx=p,xr()),d!==!1&&Xe("setCursor")}let Ss=null;Object.defineProperty(t,"rect",{get(){return Ss==null&&Vi(!1),Ss}});function Vi(l=!1){l?Ss=null:(Ss=S.getBoundingClientRect(),Xe("syncRect",Ss))}function Qo(l,d,h,p,b,_,$){V._lock||ws&&l!=null&&l.movementX==0&&l.movementY==0||($r(l,d,h,p,b,_,$,!1,l!=null),l!=null?Vs(null,!0,!0):Vs(d,!0,!1))}function $r(l,d,h,p,b,_,$,E,R){if(Ss==null&&Vi(!1),Os(l),l!=null)h=l.clientX-Ss.left,p=l.clientY-Ss.top;else{if(h<0||p<0){Te=-10,Pe=-10;return}let[D,I]=Fe.scales,O=d.cursor.sync,[Y,be]=O.values,[pe,re]=O.scales,[q,j]=Fe.match,Me=d.axes[0].side%2==1,Ne=L.ori==0?B:H,Be=L.ori==1?B:H,xe=Me?_:b,De=Me?b:_,$t=Me?p:h,ct=Me?h:p;if(pe!=null?h=q(D,pe)?a(Y,M[D],Ne,0):-10:h=Ne*($t/xe),re!=null?p=j(I,re)?a(be,M[I],Be,0):-10:p=Be*(ct/De),L.ori==1){let Dt=h;h=p,p=Dt}}R&&(d==null||d.cursor.event.type==Yr)&&((h<=1||h>=B-1)&&(h=Ys(h,B)),(p<=1||p>=H-1)&&(p=Ys(p,H))),E?(Ko=h,Wo=p,[gi,bi]=V.move(t,h,p)):(Te=h,Pe=p)}let Sr={width:0,height:0,left:0,top:0};function kr(){wn(Sr,!1)}let Xo,Bo,ea,ta;function sa(l,d,h,p,b,_,$){ws=!0,Je=Qe=st._x=st._y=!1,$r(l,d,h,p,b,_,$,!0,!1),l!=null&&(lt(Jr,to,ia,!1),ji(cl,t,gi,bi,B,H,null));let{left:E,top:R,width:D,height:I}=Ae;Xo=E,Bo=R,ea=D,ta=I}function ia(l,d,h,p,b,_,$){ws=st._x=st._y=!1,$r(l,d,h,p,b,_,$,!1,!0);let{left:E,top:R,width:D,height:I}=Ae,O=D>0||I>0,Y=Xo!=E||Bo!=R||ea!=D||ta!=I;if(O&&Y&&wn(Ae),st.setScale&&O&&Y){let be=E,pe=D,re=R,q=I;if(L.ori==1&&(be=R,pe=I,re=E,q=D),Je&&xs(U,rs(be,U),rs(be+pe,U)),Qe)for(let j in M){let Me=M[j];j!=U&&Me.from==null&&Me.min!=$e&&xs(j,rs(re+q,j),rs(re,j))}kr()}else V.lock&&(V._lock=!V._lock,Vs(d,!0,l!=null));l!=null&&(ni(Jr,to),ji(Jr,t,Te,Pe,B,H,null))}function Xd(l,d,h,p,b,_,$){if(V._lock)return;Os(l);let E=ws;if(ws){let R=!0,D=!0,I=10,O,Y;L.ori==0?(O=Je,Y=Qe):(O=Qe,Y=Je),O&&Y&&(R=Te<=I||Te>=B-I,D=Pe<=I||Pe>=H-I),O&&R&&(Te=Te<gi?0:B),Y&&D&&(Pe=Pe<bi?0:H),Vs(null,!0,!0),ws=!1}Te=-10,Pe=-10,we.fill(null),Vs(null,!0,!0),E&&(ws=E)}function na(l,d,h,p,b,_,$){V._lock||(Os(l),ar(),kr(),l!=null&&ji(hl,t,Te,Pe,B,H,null))}function ra(){N.forEach(_m),or(t.width,t.height,!0)}Xs(Hn,Ti,ra);let _i={};_i.mousedown=sa,_i.mousemove=Qo,_i.mouseup=ia,_i.dblclick=na,_i.setSeries=(l,d,h,p)=>{let b=Fe.match[2];h=b(t,d,h),h!=-1&&ns(h,p,!0,!1)},at&&(lt(cl,S,sa),lt(Yr,S,Qo),lt(dl,S,l=>{Os(l),Vi(!1)}),lt(ul,S,Xd),lt(hl,S,na),co.add(t),t.syncRect=Vi);let xn=t.hooks=s.hooks||{};function Xe(l,d,h){vr?Oi.push([l,d,h]):l in xn&&xn[l].forEach(p=>{p.call(null,t,d,h)})}(s.plugins||[]).forEach(l=>{for(let d in l.hooks)xn[d]=(xn[d]||[]).concat(l.hooks[d])});let oa=(l,d,h)=>h,Fe=Ve({key:null,setSeries:!1,filters:{pub:$l,sub:$l},scales:[U,x[1]?x[1].scale:null],match:[Sl,Sl,oa],values:[null,null]},V.sync);Fe.match.length==2&&Fe.match.push(oa),V.sync=Fe;let aa=Fe.key,Er=_c(aa);function ji(l,d,h,p,b,_,$){Fe.filters.pub(l,d,h,p,b,_,$)&&Er.pub(l,d,h,p,b,_,$)}Er.sub(t);function Bd(l,d,h,p,b,_,$){Fe.filters.sub(l,d,h,p,b,_,$)&&_i[l](null,d,h,p,b,_,$)}t.pub=Bd;function eu(){Er.unsub(t),co.delete(t),Ls.clear(),no(Hn,Ti,ra),u.remove(),ye?.remove(),Xe("destroy")}t.destroy=eu;function Tr(){Xe("init",s,i),Io(i||s.data,!1),K[U]?yr(U,K[U]):ar(),fn=Ae.show&&(Ae.width>0||Ae.height>0),Hs=Lt=!0,or(s.width,s.height)}return x.forEach(No),N.forEach(zd),e?e instanceof HTMLElement?(e.appendChild(u),Tr()):e(t,Tr):Tr(),t}Ue.assign=Ve;Ue.fmtNum=bo;Ue.rangeNum=On;Ue.rangeLog=Vn;Ue.rangeAsinh=fo;Ue.orient=ei;Ue.pxRatio=ve;Ue.join=uh;Ue.fmtDate=yo,Ue.tzDate=xh;Ue.sync=_c;{Ue.addGap=nm,Ue.clipGaps=Kn;let s=Ue.paths={points:Ec};s.linear=Ac,s.stepped=am,s.bars=lm,s.spline=dm}var zc=["#4269d0","#f4bd4a","#ff725c","#6cc5b0","#a463f2","#ff8ab7","#9c6b4e","#97bbf5","#01ab63","#9498a0","#094bad","#c99000","#d84f3e","#49a28f","#048732"];function Yn(s){let i=(e,t)=>s(e).trim()||t;return{series:zc.map((e,t)=>i(`--graph-color-${t+1}`,e)),text:i("--secondary-text-color","#727272"),grid:i("--divider-color","rgba(0, 0, 0, 0.12)"),axis:i("--secondary-text-color","#727272"),background:i("--card-background-color","#ffffff"),note:i("--primary-color","#03a9f4"),alert:i("--error-color","#db4437"),event:i("--secondary-text-color","#727272"),stall:i("--warning-color","#ffa600"),warning:i("--warning-color","#ffa600"),success:i("--success-color","#43a047")}}function bs(s,i){let e=s.series.length?s.series:zc;return e[(i%e.length+e.length)%e.length]}var wm=64;function xm(s,i){for(let e=0;e<=wm;e++)for(let t of[s[i-e],s[i+e]]){if(t!=null)return t;if(t===null)return null}return null}var Xt=class extends X{constructor(){super(...arguments);this.t=oe("en");this.hover=null}render(){let e=this.model,t=this.theme;if(!e||!t)return k;let n=this.hover,r=this.formatters,o=n===null?null:e.xs[n],a=o==null?null:e.xMode==="time"?r?.dateTime(o*1e3)??"":Pn(o);return g`<ul aria-label=${this.t("chart.legend")}>
      ${a?g`<li class="when">${a}</li>`:k}
      ${e.series.map((c,u)=>{let f=n===null?this.detail?.(u):void 0,m=n===null?null:xm(c.values,n);return g`<li>
          <span
            class="swatch ${c.dash?"dashed":""}"
            style=${`--c:${bs(t,c.colorIndex)}`}
          ></span>
          <span class="name">${c.label}</span>
          ${f?g`<span class="detail">${f}</span>`:k}
          ${n===null?k:g`<span class="value">
                  ${m==null?"—":`${r?r.number(m,c.decimals):m} ${c.unit}`}
                </span>`}
        </li>`})}
    </ul>`}};Xt.styles=he`
    ul {
      list-style: none;
      display: flex;
      flex-wrap: wrap;
      gap: 4px 16px;
      margin: 8px 0 0;
      padding: 0;
      font-size: 0.875rem;
      min-block-size: 1.5em;
    }
    li {
      display: inline-flex;
      align-items: center;
      gap: 6px;
    }
    .when,
    .detail {
      color: var(--secondary-text-color);
    }
    .detail {
      font-size: 0.8125rem;
    }
    .value {
      font-variant-numeric: tabular-nums;
      font-weight: 500;
    }
    .swatch {
      inline-size: 14px;
      block-size: 0;
      border-block-start: 3px solid var(--c);
    }
    .swatch.dashed {
      border-block-start-style: dashed;
    }
  `,y([C({attribute:!1})],Xt.prototype,"model",2),y([C({attribute:!1})],Xt.prototype,"theme",2),y([C({attribute:!1})],Xt.prototype,"formatters",2),y([C({attribute:!1})],Xt.prototype,"t",2),y([C({attribute:!1})],Xt.prototype,"detail",2),y([C({attribute:!1})],Xt.prototype,"hover",2),Xt=y([ce("brewpit-chart-legend")],Xt);var Pc='.uplot, .uplot *, .uplot *::before, .uplot *::after {box-sizing: border-box;}.uplot {font-family: system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, "Noto Sans", sans-serif, "Apple Color Emoji", "Segoe UI Emoji", "Segoe UI Symbol", "Noto Color Emoji";line-height: 1.5;width: min-content;}.u-title {text-align: center;font-size: 18px;font-weight: bold;}.u-wrap {position: relative;user-select: none;}.u-over, .u-under {position: absolute;}.u-under {overflow: hidden;}.uplot canvas {display: block;position: relative;width: 100%;height: 100%;}.u-axis {position: absolute;}.u-legend {font-size: 14px;margin: auto;text-align: center;}.u-inline {display: block;}.u-inline * {display: inline-block;}.u-inline tr {margin-right: 16px;}.u-legend th {font-weight: 600;}.u-legend th > * {vertical-align: middle;display: inline-block;}.u-legend .u-marker {width: 1em;height: 1em;margin-right: 4px;background-clip: padding-box !important;}.u-inline.u-live th::after {content: ":";vertical-align: middle;}.u-inline:not(.u-live) .u-value {display: none;}.u-series > * {padding: 4px;}.u-series th {cursor: pointer;}.u-legend .u-off > * {opacity: 0.3;}.u-select {background: rgba(0,0,0,0.07);position: absolute;pointer-events: none;}.u-cursor-x, .u-cursor-y {position: absolute;left: 0;top: 0;pointer-events: none;will-change: transform;}.u-hz .u-cursor-x, .u-vt .u-cursor-y {height: 100%;border-right: 1px dashed #607D8B;}.u-hz .u-cursor-y, .u-vt .u-cursor-x {width: 100%;border-bottom: 1px dashed #607D8B;}.u-cursor-pt {position: absolute;top: 0;left: 0;border-radius: 50%;border: 0 solid;pointer-events: none;will-change: transform;/*this has to be !important since we set inline "background" shorthand */background-clip: padding-box !important;}.u-axis.u-off, .u-select.u-off, .u-cursor-x.u-off, .u-cursor-y.u-off, .u-cursor-pt.u-off {display: none;}';var Lc=[kn(Pc),he`
    :host {
      display: block;
      color: var(--primary-text-color);
    }
    .wrap {
      border-radius: 4px;
      outline: none;
    }
    .wrap:focus-visible {
      box-shadow: 0 0 0 2px var(--primary-color);
    }
    .plot {
      inline-size: 100%;
      min-block-size: 120px;
    }
    .uplot {
      font-family: inherit;
      inline-size: 100% !important;
    }
    .u-select {
      background: color-mix(in srgb, var(--primary-color) 18%, transparent);
    }
    .u-cursor-x,
    .u-cursor-y {
      border-color: var(--secondary-text-color) !important;
    }
  `];var dn=86400;function Nc(s){let i=new Set;for(let e of s)if(e){if(i.has(e))return!0;i.add(e)}return!1}function Eo(s){let i=new Set;return s.map(e=>i.has(e)?"":(i.add(e),e))}function Dc(s,i,e){if(i>=dn){let o=s.map(a=>e.date(a*1e3));return Eo(Nc(o)?s.map(a=>e.dateYear(a*1e3)):o)}let t=o=>{let a="";return s.map(c=>{let u=c*1e3,f=e.date(u),m=f!==a?`${o(u)}
${f}`:o(u);return a=f,m})},n=[i<60?e.timeSeconds:e.time,e.timeSeconds,o=>`${e.timeSeconds(o)} ${e.zone(o)}`],r=[];for(let o of n)if(r=t(o),!Nc(r))return r;return Eo(r)}var Ic=[60,300,600,900,1800,3600,7200,10800,21600,43200,dn,2*dn,7*dn,14*dn];function Hc(s){return Eo(s.map(i=>Pn(i)))}function Oc(s,i,e=0){return s.x-e<i.x+i.w&&i.x<s.x+s.w+e&&s.y-e<i.y+i.h&&i.y<s.y+s.h+e}function Sm(s,i){return s.x>=i.x&&s.y>=i.y&&s.x+s.w<=i.x+i.w&&s.y+s.h<=i.y+i.h}function Uc(s,i,e={}){let t=e.gap??2,n=[],r=o=>!Sm(o,i)||n.some(a=>Oc(o,a,t))||(e.obstacles??[]).some(a=>Oc(o,a,t));for(let o of s){let a=o.candidates.map(u=>({x:u.x,y:u.y,w:o.w,h:o.h})),c=a.find(u=>!r(u)&&!(e.soft?.(u)??!1))??a.find(u=>!r(u));c&&n.push({id:o.id,...c})}return n}var Fc=28,Vc=s=>s.length>Fc?`${s.slice(0,Fc-1)}…`:s;function km(s){let{left:i,width:e}=s.bbox,t=Math.max(1,Math.ceil(e)),n=new Float32Array(t).fill(1/0),r=new Float32Array(t).fill(-1/0),o=s.data[0],a=o.map(c=>s.valToPos(c,"x",!0)-i);for(let c=1;c<s.series.length;c++){let u=s.series[c];if(!u.show||!u.scale)continue;let f=s.data[c],m=NaN,v=NaN;for(let w=0;w<o.length;w++){let S=f[w];if(S===null){m=NaN;continue}if(S===void 0)continue;let P=a[w],z=s.valToPos(S,u.scale,!0),T=Math.max(0,Math.floor(Number.isNaN(m)?P:Math.min(m,P))),x=Math.min(t-1,Math.ceil(Number.isNaN(m)?P:Math.max(m,P))),N=Number.isNaN(v)?z:Math.min(v,z),M=Number.isNaN(v)?z:Math.max(v,z);for(let W=T;W<=x;W++)N<n[W]&&(n[W]=N),M>r[W]&&(r[W]=M);m=P,v=z}}return{lo:n,hi:r,left:i}}function Em(s,i){let e=Math.max(0,Math.floor(i.x-s.left)),t=Math.min(s.lo.length-1,Math.ceil(i.x+i.w-s.left));for(let n=e;n<=t;n++)if(s.lo[n]<=i.y+i.h&&s.hi[n]>=i.y)return!0;return!1}function Tm(s,i){let{ctx:e}=s,t=jc(s);for(let n of i.extras.projections){let r=bs(i.theme,n.colorIndex),o=u=>s.valToPos(u,"x",!0),a=u=>s.valToPos(u,n.scale,!0);e.fillStyle=r,e.globalAlpha=.16,e.beginPath(),n.xs.forEach((u,f)=>f===0?e.moveTo(o(u),a(n.hi[f])):e.lineTo(o(u),a(n.hi[f])));for(let u=n.xs.length-1;u>=0;u--)e.lineTo(o(n.xs[u]),a(n.lo[u]));e.closePath(),e.fill(),e.globalAlpha=1,e.strokeStyle=r,e.lineWidth=2*t,e.setLineDash([3*t,3*t]),e.beginPath();let c=!1;n.xs.forEach((u,f)=>{let m=n.mid[f];Number.isFinite(m)&&(c?e.lineTo(o(u),a(m)):e.moveTo(o(u),a(m)),c=!0)}),e.stroke()}}function jc(s){return s.ctx.canvas.width/Math.max(1,s.width)}function Am(s,i,e,t){return t?s.t("chart.target_note",{label:i,value:e,note:t.text}):s.t("chart.target",{label:i,value:e})}function Mm(s,i){let{ctx:e,bbox:t}=s;for(let n of i.extras.stalls){let r=s.valToPos(n.x,"x",!0),o=n.endX===null?t.left+t.width:s.valToPos(n.endX,"x",!0);e.fillStyle=i.theme.stall,e.globalAlpha=.1,e.fillRect(r,t.top,Math.max(0,o-r),t.height),e.globalAlpha=1}}function Gc(s,i,e,t,n){s.beginPath(),s.moveTo(i,e),s.lineTo(t,n),s.stroke()}function Cm(s,i,e,t){let{ctx:n,bbox:r}=s,o=r.left+r.width,a=[];for(let c of i.model.targets){let u=s.valToPos(c.value,c.scale,!0);if(!(u>=r.top&&u<=r.top+r.height))continue;let f=bs(i.theme,c.colorIndex),m=i.extras.targetNotes.get(c.colorIndex),v=m?.state==="reached"||m?.state==="soon";n.strokeStyle=f,n.lineWidth=(v?2.5:1.5)*e,n.setLineDash([6*e,4*e]),Gc(n,r.left,u,o,u);let w=i.model.scales.find(x=>x.key===c.scale),S=`${i.num(c.value,w?.decimals??1)} ${w?.unit??""}`.trim(),P=Am(i,Vc(c.label),S,m),z=n.measureText(P).width+8*e,T=[];for(let x=o-z-4*e;x>=r.left;x-=z/2+4*e)T.push({x,y:u-t-2*e},{x,y:u+2*e});a.push({id:`target:${c.colorIndex}:${c.value}`,w:z,h:t,candidates:T,text:P,color:f})}return a}function Rm(s,i,e,t){let{ctx:n,bbox:r}=s,o=[...i.extras.stalls.map(f=>({x:f.x,text:f.label,color:i.theme.stall,dash:[],id:`stall:${f.colorIndex}`})),...i.model.markers.map((f,m)=>({x:f.x,text:Vc(f.text),color:f.kind==="alert"?i.theme.alert:f.kind==="note"?i.theme.note:i.theme.event,dash:f.kind==="alert"?[]:f.kind==="note"?[4*e,3*e]:[2*e,3*e],id:`${f.kind}:${m}`}))],a=Math.max(1,Math.floor(r.height/(t+3*e)/2)),c=[...Array.from({length:a},(f,m)=>r.top+2*e+m*(t+3*e)),...Array.from({length:a},(f,m)=>r.top+r.height-t-2*e-m*(t+3*e))],u=[];for(let f of o){let m=s.valToPos(f.x,"x",!0);if(!(m>=r.left&&m<=r.left+r.width))continue;n.strokeStyle=f.color,n.lineWidth=1.5*e,n.setLineDash(f.dash),Gc(n,m,r.top,m,r.top+r.height);let v=n.measureText(f.text).width+8*e,w=c.flatMap(S=>[{x:m+3*e,y:S},{x:m-3*e-v,y:S}]);u.push({id:f.id,w:v,h:t,candidates:w,text:f.text,color:f.color})}return u}function Kc(s,i){let{ctx:e,bbox:t}=s,n=jc(s);e.save(),e.beginPath(),e.rect(t.left,t.top,t.width,t.height),e.clip(),Mm(s,i),Tm(s,i),e.font=`${11*n}px ${i.font}`;let r=14*n,o=[...Cm(s,i,n,r),...Rm(s,i,n,r)],a=km(s),c={x:t.left,y:t.top,w:t.width,h:t.height},u=Uc(o,c,{soft:m=>Em(a,m),gap:2*n});e.setLineDash([]),e.textBaseline="middle",e.textAlign="left";let f=[];for(let m of u){let v=o.find(w=>w.id===m.id);e.globalAlpha=.88,e.fillStyle=i.theme.background,e.fillRect(m.x,m.y,m.w,m.h),e.globalAlpha=1,e.fillStyle=v.color,e.fillText(v.text,m.x+4*n,m.y+m.h/2),f.push({...m,text:v.text})}return e.restore(),f}function zm(s){let i=s.length;if(i<2)return 0;let e=Math.max(1,Math.floor((i-1)/2e3)),t=[];for(let n=e;n<i;n+=e)t.push(s[n][0]-s[n-e][0]);return t.sort((n,r)=>n-r),(t[t.length>>1]??0)/e}function Pm(s,i=5){if(s.length<3)return s;let e=Math.max(6e4,zm(s)*i),t=null;for(let n=1;n<s.length;n++){let r=s[n-1],o=s[n];o[0]-r[0]>e&&r[1]!==null&&o[1]!==null&&(t??=s.slice(0,n),t.push([Math.round((r[0]+o[0])/2),null])),t&&t.push(o)}return t??s}function To(s,i=5){let e=s.length,t=s.map(u=>Pm(u.points,i)),n=s.map(u=>u.offsetMs??0),r=s.map(u=>u.toDisplay),o=new Array(e).fill(0),a=[],c=s.map(()=>[]);for(;;){let u=1/0;for(let f=0;f<e;f++){let m=t[f][o[f]];m&&m[0]-n[f]<u&&(u=m[0]-n[f])}if(u===1/0)break;a.push(u/1e3);for(let f=0;f<e;f++){let m=t[f][o[f]];if(m&&m[0]-n[f]===u){let v=m[1],w=r[f];c[f].push(v===null?null:w?w(v):v),o[f]++}else c[f].push(void 0)}}for(let u=0;u<e;u++)(t[u]!==s[u].points||Lm(t[u]))&&Nm(c[u]);return{xs:a,ys:c}}function Lm(s){return s.some(i=>i[1]===null)}function Nm(s){let i=s.length;for(let e=0;e<i;e++){if(s[e]!==null)continue;for(let n=e-1;n>=0&&s[n]===void 0;n--)s[n]=null;let t=e+1;for(;t<i&&s[t]===void 0;t++)s[t]=null;e=t-1}}var Qn={projections:[],stalls:[],targetNotes:new Map},Dm=["pit","meat","chamber","wort","gravity","ambient","other"];function Wc(s){let i=[];for(let e of s)i.some(t=>t.key===e.scale)||i.push({key:e.scale,unit:e.unit,decimals:e.decimals});return i}function qc(s,i){return[s,...i.map(e=>`${e.label}|${e.scale}|${e.colorIndex}|${e.dash??""}`)].join(`
`)}function Zc(s,i){let e=s.series.map(a=>He(a.kind,a.unit,i)),t=To(s.series.map((a,c)=>({points:a.points,toDisplay:e[c].toDisplay}))),n=s.series.map((a,c)=>({label:a.label,scale:e[c].unit,colorIndex:c,values:t.ys[c],decimals:e[c].decimals,unit:e[c].unit})),r=[];s.series.forEach((a,c)=>{a.target!=null&&r.push({scale:e[c].unit,value:e[c].toDisplay(a.target),colorIndex:c,label:a.label})});let o=s.annotations.map(a=>({x:a.ts/1e3,text:a.text,kind:a.kind}));return{xMode:"time",xs:t.xs,series:n,scales:Wc(n),targets:r,markers:o,structureKey:qc("time",n)}}function Yc(s){let i=new Set(s.flatMap(e=>e.history.series.map(t=>t.role)));return Dm.filter(e=>i.has(e))}var Jn=[void 0,[8,4],[2,3],[12,3,2,3]];function Jc(s,i,e){let t=s.flatMap((a,c)=>a.history.series.filter(u=>u.role===i).map(u=>({input:a,sessionIndex:c,s:u,unit:He(u.kind,u.unit,e)}))),n=To(t.map(a=>({points:a.s.points,toDisplay:a.unit.toDisplay,offsetMs:a.input.session.started_at}))),r=t.map((a,c)=>({label:`${a.input.session.name} · ${a.s.label}`,scale:a.unit.unit,colorIndex:c,values:n.ys[c],decimals:a.unit.decimals,unit:a.unit.unit,...Jn[a.sessionIndex%Jn.length]?{dash:Jn[a.sessionIndex%Jn.length]}:{}})),o=[];return t.forEach((a,c)=>{if(a.s.target==null)return;let u=a.unit.toDisplay(a.s.target);o.some(f=>f.value===u&&f.scale===a.unit.unit)||o.push({scale:a.unit.unit,value:u,colorIndex:c,label:a.s.label})}),{xMode:"elapsed",xs:n.xs,series:r,scales:Wc(r),targets:o,markers:[],structureKey:qc("elapsed",r)}}function Qc(s,i){return s.series.map((e,t)=>{let n=He(e.kind,e.unit,i),r=1/0,o=-1/0,a=null,c=null;for(let[u,f]of e.points)f!==null&&(f<r&&(r=f),f>o&&(o=f),a=f,c=u);return{seriesId:e.series_id,label:e.label,role:e.role,unit:n.unit,decimals:n.decimals,colorIndex:t,latest:a===null?null:n.toDisplay(a),latestTs:c,min:r===1/0?null:n.toDisplay(r),max:o===-1/0?null:n.toDisplay(o),target:e.target==null?null:n.toDisplay(e.target)}})}function Xc(s,i=!1){i?history.replaceState(history.state,"",s):history.pushState(null,"",s),window.dispatchEvent(new CustomEvent("location-changed",{detail:{replace:i},bubbles:!1,composed:!0}))}function se(s,i,e){s.dispatchEvent(new CustomEvent(i,{detail:e,bubbles:!0,composed:!0}))}function Bc(s){let i={x:{time:s.xMode==="time"}};for(let e of s.scales)i[e.key]={auto:!0,range:(t,n,r)=>{let o=n,a=r;for(let u of s.targets)u.scale===e.key&&(o=o==null?u.value:Math.min(o,u.value),a=a==null?u.value:Math.max(a,u.value));if(o==null||a==null)return[0,1];let c=Math.max((a-o)*.08,e.decimals>=3?.002:1);return[o-c,a+c]}};return i}var it=class extends X{constructor(){super(...arguments);this.extras=Qn;this.xRange=null;this.t=oe("en");this.dark=!1;this.height=320;this.label="";this.hoverIdx=null;this.builtFor="";this.pendingDrawn=!1;this.downAt=null;this.font="Roboto, Noto, sans-serif";this.labels=[];this.ticks={splits:[],labels:[]};this.drawCount=0}connectedCallback(){super.connectedCallback(),this.resizer=new ResizeObserver(()=>this.resize()),this.hasUpdated&&(this.resizer.observe(this.plotEl),this.rebuild())}disconnectedCallback(){super.disconnectedCallback(),this.resizer?.disconnect(),this.resizer=void 0,this.plot?.destroy(),this.plot=void 0,this.builtFor=""}get plotWidth(){return this.plot?this.plot.bbox.width/Ue.pxRatio:this.clientWidth}get shownRange(){let e=this.plot?.scales.x;return e&&e.min!=null&&e.max!=null?{min:e.min,max:e.max}:null}get labelBoxes(){let e=Ue.pxRatio;return this.labels.map(t=>({...t,x:t.x/e,y:t.y/e,w:t.w/e,h:t.h/e}))}get tickLabels(){return[...this.ticks.labels]}tickBoxes(){let e=this.plot;if(!e)return[];let t=e.ctx;t.save(),t.font=`${12*Ue.pxRatio}px ${this.font}`;let n=Ue.pxRatio,r=this.ticks.splits.flatMap((o,a)=>{let c=this.ticks.labels[a]??"";if(!c)return[];let u=Math.max(...c.split(`
`).map(v=>t.measureText(v).width))/n,f=e.valToPos(o,"x"),m=c.split(`
`).length;return[{text:c,x:f-u/2+e.bbox.left/n,y:e.bbox.height/n,w:u,h:14*m}]});return t.restore(),r}firstUpdated(){this.resizer?.observe(this.plotEl)}updated(e){if(!this.model)return;let t=`${this.model.structureKey}|${this.dark}|${this.height}`;if(!this.plot||t!==this.builtFor||e.has("formatters")||e.has("timeZone")||e.has("t")){this.rebuild();return}e.has("model")?this.setData():e.has("xRange")?this.applyRange():e.has("extras")&&this.plot.redraw(!1,!1)}render(){let e=this.t("chart.hint");return g`<div
        class="wrap"
        tabindex="0"
        role="group"
        aria-roledescription=${this.t("chart.role")}
        aria-label=${`${this.label}. ${e}`}
        @keydown=${this.onKey}
      >
        <div class="plot" dir="ltr"></div>
      </div>
      <brewpit-chart-legend
        .model=${this.model}
        .theme=${this.theme}
        .formatters=${this.formatters}
        .t=${this.t}
        .detail=${this.detail}
        .hover=${this.hoverIdx}
      ></brewpit-chart-legend>`}data(){let e=this.model;return[e.xs,...e.series.map(t=>t.values)]}setData(){this.plot&&(this.pendingDrawn=!0,this.xRange?(this.plot.setData(this.data(),!1),this.applyRange(!0)):this.plot.setData(this.data(),!0))}applyRange(e=!1){let t=this.plot;if(!t)return;let n=this.xRange,r=this.model?.xs??[],o=n?n.min:r[0]??0,a=n?n.max:r[r.length-1]??1;!e&&t.scales.x?.min===o&&t.scales.x?.max===a||t.setScale("x",{min:o,max:a>o?a:o+1})}resize(){if(!this.plot||!this.plotEl)return;let e=Math.floor(this.plotEl.clientWidth);e>0&&e!==this.plot.width&&this.plot.setSize({width:e,height:this.height})}rebuild(){if(!this.model||!this.plotEl)return;this.plot?.destroy();let e=getComputedStyle(this);this.theme=Yn(t=>e.getPropertyValue(t)),this.font=e.getPropertyValue("--ha-font-family-body").trim()||"Roboto, Noto, sans-serif",this.builtFor=`${this.model.structureKey}|${this.dark}|${this.height}`,this.pendingDrawn=!0,this.plot=new Ue(this.options(this.model,this.theme),this.data(),this.plotEl),this.xRange&&this.applyRange(!0),this.plot.over.addEventListener("pointerdown",t=>this.downAt=[t.clientX,t.clientY]),this.plot.over.addEventListener("click",t=>this.onClick(t)),this.requestUpdate()}xAxis(e,t){let n=this.formatters;return e.xMode==="time"?{...t,space:72,size:48,values:(r,o,a,c,u)=>{let f=n?Dc(o,u,n):o.map(String);return this.ticks={splits:[...o],labels:f},f}}:{...t,space:60,incrs:[...Ic],label:this.t("chart.elapsed_axis"),labelSize:20,labelFont:t.font,values:(r,o)=>{let a=Hc(o);return this.ticks={splits:[...o],labels:a},a}}}options(e,t){let n=this.formatters,r=(w,S)=>n?n.number(w,S):w==null?"—":w.toFixed(S),o=Math.max(200,Math.floor(this.plotEl.clientWidth||600)),a=`12px ${this.font}`,c={stroke:t.axis,font:a,grid:{stroke:t.grid,width:1},ticks:{stroke:t.grid,width:1}},u=Bc(e),f=[this.xAxis(e,c),...e.scales.map((w,S)=>({...c,scale:w.key,side:S%2===0?3:1,grid:{...c.grid,show:S===0},size:w.decimals>=3?64:54,label:w.unit,labelSize:18,labelFont:a,values:(P,z)=>z.map(T=>r(T,Math.min(w.decimals,3)))}))],m=[{},...e.series.map(w=>({label:w.label,scale:w.scale,stroke:bs(t,w.colorIndex),width:2,...w.dash?{dash:w.dash}:{},spanGaps:!1,points:{show:!1}}))],v=this.timeZone;return{width:o,height:this.height,...v?{tzDate:w=>Ue.tzDate(new Date(w*1e3),v)}:{},scales:u,axes:f,series:m,legend:{show:!1},cursor:{drag:{x:!0,y:!1,setScale:!1},bind:{dblclick:()=>()=>(se(this,"reset-zoom"),null)}},hooks:{setSelect:[w=>this.onSelect(w)],setCursor:[w=>{let S=w.cursor.idx??null;S!==this.hoverIdx&&(this.hoverIdx=S)}],draw:[w=>this.onDraw(w,t,r)]}}}onSelect(e){let{left:t,width:n}=e.select;if(n<4)return;let r=e.posToVal(t,"x"),o=e.posToVal(t+n,"x");e.setSelect({left:0,top:0,width:0,height:0},!1),se(this,"range-changed",{min:r,max:o})}onDraw(e,t,n){let r=this.model;r&&(this.drawCount++,this.labels=Kc(e,{model:r,extras:this.extras,theme:t,font:this.font,num:n,t:this.t}),this.pendingDrawn&&(this.pendingDrawn=!1,se(this,"chart-drawn",{points:r.xs.length,series:r.series.length})))}onClick(e){let t=this.downAt;if(this.downAt=null,!this.plot||t&&Math.hypot(e.clientX-t[0],e.clientY-t[1])>4)return;let n=this.plot.cursor.left;n==null||n<0||se(this,"chart-click",{x:this.plot.posToVal(n,"x")})}onKey(e){let n={ArrowLeft:()=>se(this,"chart-pan",{fraction:-.25}),ArrowRight:()=>se(this,"chart-pan",{fraction:.25}),"+":()=>se(this,"chart-zoom",{factor:.5}),"=":()=>se(this,"chart-zoom",{factor:.5}),"-":()=>se(this,"chart-zoom",{factor:2}),0:()=>se(this,"reset-zoom"),Home:()=>se(this,"reset-zoom")}[e.key];n&&(e.preventDefault(),n())}};it.styles=Lc,y([C({attribute:!1})],it.prototype,"model",2),y([C({attribute:!1})],it.prototype,"extras",2),y([C({attribute:!1})],it.prototype,"xRange",2),y([C({attribute:!1})],it.prototype,"formatters",2),y([C({attribute:!1})],it.prototype,"t",2),y([C({attribute:!1})],it.prototype,"detail",2),y([C({attribute:!1})],it.prototype,"timeZone",2),y([C({type:Boolean})],it.prototype,"dark",2),y([C({type:Number})],it.prototype,"height",2),y([C()],it.prototype,"label",2),y([A()],it.prototype,"hoverIdx",2),y([$i(".plot")],it.prototype,"plotEl",2),it=y([ce("brewpit-chart")],it);function Xn(s){let i=Math.round((Number.isFinite(s)?s:0)*2);return Math.min(4e3,Math.max(100,i))}function Ao(s,i){let e=s.ended_at??Math.max(i,s.started_at+6e4);return{from:s.started_at,to:Math.max(e,s.started_at+1)}}function Mo(s,i,e=6e4){let t=i.to-i.from,n=Math.min(Math.max(s.to-s.from,Math.min(e,t)),t);(!Number.isFinite(n)||n<=0)&&(n=t);let r=Math.max(i.from,Math.min(s.from,i.to-n));return Number.isFinite(r)||(r=i.from),{from:r,to:r+n}}function ed(s,i,e){let t=(s.to-s.from)*i;return Mo({from:s.from+t,to:s.to+t},e)}function td(s,i,e,t){let n=t??(s.from+s.to)/2,r=n-(n-s.from)*i,o=n+(s.to-n)*i;return Mo({from:r,to:o},e)}function Im(s,i,e=.01){if(!s)return!0;let t=(i.to-i.from)*e;return s.from<=i.from+t&&s.to>=i.to-t}var Bn={range:null,follow:!0};function sd(s,i,e){let t=Math.max(-1/0,...s);return!Number.isFinite(t)||t<=i?0:Math.min(t-i,Math.max(15*6e4,e/2))}function un(s,i,e){return s.ended_at!==null?Ao(s,i):{from:Math.min(s.started_at,i-6e4),to:i+e}}function id(s,i,e,t){if(s.ended_at!==null)return i.range;let n=un(s,e,t);if(!i.range)return n;if(!i.follow)return i.range;let r=i.range.to-i.range.from;return{from:Math.max(n.from,n.to-r),to:n.to}}function nd(s,i,e,t){let n=un(s,e,t),r=s.ended_at===null;if(!i||Im(i,n,.005))return r?Bn:{range:null,follow:!1};let o=Mo(i,n),a=o.to-o.from,c=r&&o.to>=n.to-Math.max(a*.02,1e3);return{range:o,follow:c}}var rd=["solid","dashed","dotted","dashed"],Vt=class extends X{constructor(){super(...arguments);this.narrow=!1;this.ids=[];this.inputs=[];this.error="";this.loading=!1;this.xRange=null;this.seq=0;this.fmt=ae(Oe);this.roles=ae(Yc);this.models=ae((e,t)=>this.roles(e).map(n=>({role:n,model:Jc(e,n,t)})))}willUpdate(e){e.has("ids")&&this.load()}async load(){let e=++this.seq;if(this.xRange=null,this.ids.length===0){this.inputs=[];return}this.loading=!0,this.error="";let t=Xn((this.clientWidth||window.innerWidth)-120);try{let n=await Promise.all(this.ids.map(async r=>{let[o,a]=await Promise.all([zn(this.hass,r),Bi(this.hass,r,{max_points:t})]);return{session:o,history:a}}));e===this.seq&&(this.inputs=n)}catch(n){e===this.seq&&(this.error=ee(n))}finally{e===this.seq&&(this.loading=!1)}}zoomBy(e){let t=this.models(this.inputs,this.temp).map(f=>f.model.xs),n=Math.min(0,...t.map(f=>f[0]??0)),r=Math.max(1,...t.map(f=>f[f.length-1]??0)),o=this.xRange??{min:n,max:r},a=(o.min+o.max)/2,c=Math.max(300,(o.max-o.min)*e/2),u={min:Math.max(n,a-c),max:Math.min(r,a+c)};this.xRange=u.min<=n&&u.max>=r?null:u}get temp(){return Ie(this.hass.config.unit_system.temperature)}render(){let e=oe(Ee(this.hass)),t=this.fmt(this.hass.locale,this.hass.config.time_zone);if(this.ids.length<2)return g`<div class="card">
        <p>${e("compare.pick")}</p>
        <button @click=${()=>se(this,"brewpit-navigate",{path:"/sessions"})}>
          ${e("compare.go_to_sessions")}
        </button>
      </div>`;if(this.error)return g`<div class="card error" role="alert">${this.error}</div>`;if(this.loading||this.inputs.length===0)return g`<div class="card" role="status">${e("list.loading")}</div>`;let n=this.hass.themes?.darkMode??!1;return g`
      <section class="card" aria-labelledby="cmp-title">
        <div class="toolbar">
          <h2 id="cmp-title">${e("compare.title",{count:this.inputs.length})}</h2>
          <span class="spacer"></span>
          <button class="icon" aria-label=${e("detail.zoom_in")} @click=${()=>this.zoomBy(.5)}>
            +
          </button>
          <button class="icon" aria-label=${e("detail.zoom_out")} @click=${()=>this.zoomBy(2)}>
            −
          </button>
          <button ?disabled=${!this.xRange} @click=${()=>this.xRange=null}>
            ${e("detail.reset_zoom")}
          </button>
        </div>
        ${this.renderLegend(e,t)}
      </section>
      ${this.models(this.inputs,this.temp).map(({role:r,model:o})=>g`<section
            class="card"
            aria-label=${e("compare.role_compared",{role:Et(r,e)})}
          >
            <h3>${Et(r,e)}</h3>
            <brewpit-chart
              .model=${o}
              .xRange=${this.xRange}
              .formatters=${t}
              .t=${e}
              ?dark=${n}
              .height=${this.narrow?220:300}
              label=${e("compare.chart_label",{role:Et(r,e),count:this.inputs.length})}
              @range-changed=${a=>this.xRange=a.detail}
              @reset-zoom=${()=>this.xRange=null}
              @chart-zoom=${a=>this.zoomBy(a.detail.factor)}
            ></brewpit-chart>
          </section>`)}
      ${this.roles(this.inputs).length===0?g`<div class="card muted">${e("compare.nothing")}</div>`:k}
    `}renderLegend(e,t){let n=Date.now();return g`<ul class="legend">
      ${this.inputs.map(({session:r},o)=>g`<li>
            <span
              class="line"
              style=${`border-block-start-style:${rd[o%rd.length]}`}
            ></span>
            <a
              href=${"#"}
              @click=${a=>{a.preventDefault(),se(this,"brewpit-navigate",{path:`/session/${encodeURIComponent(r.id)}`})}}
              >${r.name}</a
            >
            <span class="muted">
              ${t.dateTime(r.started_at)} ·
              ${Ht((r.ended_at??n)-r.started_at,e)}
            </span>
          </li>`)}
    </ul>`}};Vt.styles=[fe,he`
      :host {
        display: block;
      }
      h2 {
        margin: 0;
      }
      .legend {
        list-style: none;
        padding: 0;
        margin-block: 12px 0;
        display: flex;
        flex-wrap: wrap;
        gap: 8px 24px;
      }
      .legend li {
        display: flex;
        align-items: center;
        gap: 6px;
        flex-wrap: wrap;
      }
      a {
        color: var(--primary-color);
      }
      .line {
        display: inline-block;
        inline-size: 24px;
        border-block-start: 3px solid var(--secondary-text-color);
      }
    `],y([C({attribute:!1})],Vt.prototype,"hass",2),y([C({type:Boolean,reflect:!0})],Vt.prototype,"narrow",2),y([C({attribute:!1})],Vt.prototype,"ids",2),y([A()],Vt.prototype,"inputs",2),y([A()],Vt.prototype,"error",2),y([A()],Vt.prototype,"loading",2),y([A()],Vt.prototype,"xRange",2),Vt=y([ce("brewpit-compare")],Vt);var jt=class extends X{constructor(){super(...arguments);this.open=!1;this.hubUrl="";this.error="";this.copied=!1;this.now=Date.now()}disconnectedCallback(){super.disconnectedCallback(),clearInterval(this.ticker)}get t(){return oe(Ee(this.hass))}async start(){this.error="",this.copied=!1;try{let[e,t]=await Promise.all([Mn(this.hass),ka(this.hass)]);this.hubUrl=Rn(e.url,window.location.hostname),this.pairing=t,this.open=!0,this.now=Date.now(),clearInterval(this.ticker),this.ticker=setInterval(()=>this.now=Date.now(),1e3)}catch(e){this.error=ee(e)}}async copy(e){try{await navigator.clipboard.writeText(e),this.copied=!0}catch{let t=document.createRange();t.selectNodeContents(this.renderRoot.querySelector("code.command")),getSelection()?.removeAllRanges(),getSelection()?.addRange(t)}}render(){let e=this.t,t=this.pairing;if(!t)return g`<button class="primary pair" @click=${()=>{this.start()}}>
          ${e("devices.pair")}
        </button>
        ${this.error?g`<p class="error" role="alert">${this.error}</p>`:k}`;let n=Math.max(0,Math.round((t.expires_at-this.now)/1e3)),r=n===0,o=Na(this.hubUrl,t.code);return g`<section class="card pairing" aria-labelledby="pair-title">
      <h3 id="pair-title">${e("devices.pair_title")}</h3>
      <p>
        ${e("devices.pair_code")} <strong class="code">${t.code}</strong>
        <span class="muted" role="timer">
          ${r?e("devices.pair_expired"):e("devices.pair_expires",{m:Math.floor(n/60),s:String(n%60).padStart(2,"0")})}
        </span>
      </p>
      <p>${e("devices.pair_run")}</p>
      <div class="cmd">
        <code class="command">${o}</code>
        <button @click=${()=>{this.copy(o)}}>
          ${this.copied?e("devices.copied"):e("devices.copy")}
        </button>
      </div>
      <p class="muted">${e("devices.pair_then")}</p>
      <p class="muted" role="status">${e("devices.pair_waiting")}</p>
      <div class="toolbar">
        ${r?g`<button @click=${()=>{this.start()}}>${e("devices.pair_new_code")}</button>`:k}
        <button @click=${()=>this.close()}>${e("common.close")}</button>
      </div>
    </section>`}close(){clearInterval(this.ticker),this.pairing=void 0,this.open=!1}};jt.styles=[fe,he`
      :host([open]) {
        flex-basis: 100%;
      }
      .code {
        font-family: var(--code-font-family, monospace);
        font-size: 1.4rem;
        letter-spacing: 0.08em;
        margin-inline: 8px;
      }
      .cmd {
        display: flex;
        flex-wrap: wrap;
        align-items: center;
        gap: 8px;
      }
      code.command {
        flex: 1 1 20em;
        font-family: var(--code-font-family, monospace);
        background: var(--secondary-background-color);
        border-radius: 6px;
        padding: 8px;
        overflow-wrap: anywhere;
        user-select: all;
      }
    `],y([C({attribute:!1})],jt.prototype,"hass",2),y([A()],jt.prototype,"pairing",2),y([C({type:Boolean,reflect:!0})],jt.prototype,"open",2),y([A()],jt.prototype,"hubUrl",2),y([A()],jt.prototype,"error",2),y([A()],jt.prototype,"copied",2),y([A()],jt.prototype,"now",2),jt=y([ce("brewpit-pair")],jt);function Om(s){return{name:s.length>12?`${s.slice(0,8)}…`:s,area:null}}function ds(s,i){let e=new Map;for(let t of Object.values(s??{})){let n=t.identifiers?.find(([o])=>o==="brewpit")?.[1];if(!n)continue;let r=t.area_id?i?.[t.area_id]?.name??null:null;e.set(n,{name:t.name_by_user||t.name||n,area:r})}return(t,n)=>e.get(t)??(n?{name:n,area:null}:Om(t))}function Rs(s){return s.area?`${s.name} (${s.area})`:s.name}var Um=2*6e4,Fm=1e4,Vm=2e3,jm=new Set(["hydrometer","ispindel","tilt","brewfather"]),vt=class extends X{constructor(){super(...arguments);this.narrow=!1;this.series=[];this.error="";this.fresh=new Set;this.fmt=ae(Oe);this.names=ae(ds)}connectedCallback(){super.connectedCallback(),this.refresh()}disconnectedCallback(){super.disconnectedCallback(),clearTimeout(this.timer)}get t(){return oe(Ee(this.hass))}async refresh(){clearTimeout(this.timer);try{let[e,t]=await Promise.all([Cn(this.hass),ls(this.hass)]),n=new Set(this.nodes?.map(o=>o.id)),r=this.nodes?e.filter(o=>!n.has(o.id)).map(o=>o.id):[];r.length&&(this.fresh=new Set([...this.fresh,...r]),this.pair?.close()),this.nodes=e,this.series=t,this.error=""}catch(e){this.error=ee(e)}this.isConnected&&(this.timer=setTimeout(()=>{this.refresh()},this.pair?.open?Vm:Fm))}async act(e){try{e.action==="rename"&&await Ea(this.hass,e.id,(e.value??"").trim()),e.action==="remove"&&await Aa(this.hass,e.id),e.action==="token"&&(this.newToken=await Ta(this.hass,e.id).then(t=>({id:e.id,token:t.token}))),this.pending=void 0,await this.refresh()}catch(t){this.error=ee(t)}}render(){let e=this.t;return!this.hass.user?.is_admin?g`<div class="card"><p>${e("devices.admin_only")}</p></div>`:g`<div class="head">
        <h2>${e("devices.title")}</h2>
        <span class="spacer"></span>
        <brewpit-pair
          .hass=${this.hass}
          @click=${()=>setTimeout(()=>{this.refresh()},500)}
        ></brewpit-pair>
      </div>
      ${this.error?g`<p class="error" role="alert">${this.error}</p>`:k}
      ${this.nodes?this.nodes.length===0?g`<div class="card empty"><p>${e("devices.none")}</p></div>`:this.nodes.map(n=>this.renderNode(n)):g`<p class="muted" role="status">${e("devices.loading")}</p>`}`}renderNode(e){let t=this.t,n=this.fmt(this.hass.locale,this.hass.config.time_zone),r=this.names(this.hass.devices,this.hass.areas)(e.id,e.name),o=e.status,a=Date.now(),c=e.last_seen!==null&&a-e.last_seen<Um,u=e.kind==="edge"?t("devices.kind_edge"):jm.has(e.kind)?t("devices.kind_hydrometer"):e.kind;return g`<section
      class="card node ${this.fresh.has(e.id)?"fresh":""}"
      data-device=${e.id}
    >
      <div class="toolbar">
        <h3>${r.name}</h3>
        ${r.area?g`<span class="chip">${r.area}</span>`:k}
        <span class="chip">${u}</span>
        <span class="chip ${c?"active":"alert"}">
          ${e.last_seen===null?t("devices.never"):t(c?"devices.online":"devices.silent")}
        </span>
        ${this.fresh.has(e.id)?g`<span class="chip active">${t("devices.just_paired")}</span>`:k}
      </div>
      <dl class="facts">
        <dt>${t("devices.last_seen")}</dt>
        <dd>${e.last_seen===null?t("devices.never"):n.relative(e.last_seen-a)}</dd>
        <dt>${t("devices.outbox")}</dt>
        <dd>
          ${o.outbox_depth??"—"}
          ${o.oldest_unsent_ts?g`<span class="muted">(${t("devices.oldest",{time:n.relative(o.oldest_unsent_ts-a)})})</span>`:k}
        </dd>
        <dt>${t("devices.dropped")}</dt>
        <dd>${e.dropped_total}</dd>
        <dt>${t("devices.version")}</dt>
        <dd>${o.version??"—"}</dd>
      </dl>
      ${this.renderSensors(e.id)} ${this.renderActions(e)}
    </section>`}renderSensors(e){let t=this.t,n=this.fmt(this.hass.locale,this.hass.config.time_zone),r=Ie(this.hass.config.unit_system.temperature),o=this.series.filter(a=>a.device_id===e);return o.length?g`<ul class="sensors">
      ${o.map(a=>{let c=He(a.kind,a.unit,r),u=a.last_status??null,f=a.last_value===null?"—":`${n.number(c.toDisplay(a.last_value),c.decimals)} ${c.unit}`;return g`<li>
          <span>${a.name||a.key}</span>
          <span class="value">${f}</span>
          ${u&&u!=="ok"?g`<span class="chip alert">${u}</span>`:k}
        </li>`})}
    </ul>`:g`<p class="muted">${t("devices.no_sensors")}</p>`}renderActions(e){let t=this.t,n=this.pending?.id===e.id?this.pending:void 0,r=this.newToken?.id===e.id?this.newToken.token:void 0,o=(u,f)=>()=>this.pending={id:e.id,action:u,value:f},a=g`<button @click=${()=>this.pending=void 0}>
      ${t("common.cancel")}
    </button>`,c;return n?.action==="rename"?c=g`<form
        class="toolbar"
        @submit=${u=>(u.preventDefault(),void this.act(n))}
      >
        <input
          name="device-name"
          aria-label=${t("devices.new_name")}
          maxlength="64"
          required
          .value=${n.value??""}
          @input=${u=>this.pending={...n,value:u.target.value}}
        />
        <button class="primary" type="submit">${t("devices.save")}</button> ${a}
      </form>`:n?.action==="remove"?c=g`<div role="group" aria-label=${t("devices.remove")}>
        <p class="error">${t("devices.remove_consequence")}</p>
        <div class="toolbar">
          <button class="danger" @click=${()=>{this.act(n)}}>
            ${t("devices.confirm_remove")}
          </button>
          ${a}
        </div>
      </div>`:n?.action==="token"?c=g`<div role="group" aria-label=${t("devices.rotate")}>
        <p>${t("devices.rotate_consequence")}</p>
        <div class="toolbar">
          <button class="danger" @click=${()=>{this.act(n)}}>
            ${t("devices.confirm_rotate")}
          </button>
          ${a}
        </div>
      </div>`:c=g`<div class="toolbar">
        <button @click=${o("rename",e.name)}>${t("devices.rename")}</button>
        ${e.kind==="edge"?g`<button @click=${o("token")}>${t("devices.rotate")}</button>`:k}
        <button class="danger" @click=${o("remove")}>${t("devices.remove")}</button>
      </div>`,g`${c}
    ${r?g`<p class="new-token">${t("devices.token_shown_once")} <code>${r}</code></p>`:k}`}};vt.styles=[fe,he`
      .head {
        display: flex;
        align-items: center;
        flex-wrap: wrap;
        gap: 8px;
        margin-block-end: 12px;
      }
      .head h2 {
        margin: 0;
      }
      .node.fresh {
        border-color: var(--primary-color);
      }
      .facts {
        display: grid;
        grid-template-columns: repeat(auto-fill, minmax(9em, max-content) minmax(6em, 1fr));
        gap: 4px 12px;
        margin: 8px 0;
      }
      dt {
        color: var(--secondary-text-color);
      }
      dd {
        margin: 0;
      }
      .sensors {
        list-style: none;
        padding: 0;
        margin: 0 0 8px;
        display: grid;
        gap: 4px;
      }
      .sensors li {
        display: flex;
        gap: 8px;
        align-items: center;
      }
      .sensors .value {
        margin-inline-start: auto;
        font-variant-numeric: tabular-nums;
      }
      code {
        font-family: var(--code-font-family, monospace);
        overflow-wrap: anywhere;
        user-select: all;
      }
      :host([narrow]) .facts {
        grid-template-columns: max-content 1fr;
      }
    `],y([C({attribute:!1})],vt.prototype,"hass",2),y([C({type:Boolean,reflect:!0})],vt.prototype,"narrow",2),y([A()],vt.prototype,"nodes",2),y([A()],vt.prototype,"series",2),y([A()],vt.prototype,"error",2),y([A()],vt.prototype,"pending",2),y([A()],vt.prototype,"newToken",2),y([A()],vt.prototype,"fresh",2),y([$i("brewpit-pair")],vt.prototype,"pair",2),vt=y([ce("brewpit-devices")],vt);var Gm=-5,Km=40;function od(s,i){let e=[];for(let[t,n]of s.entries()){let r=t+1,o=As(n.target),a=Math.round((i==="°F"?en(o):o)*100)/100;if(!Number.isFinite(a)||a<Gm||a>Km)return{step:r,problem:"target"};let c=n.hours.trim()?As(n.hours):null;if(c!==null&&!(c>0&&c<=1440))return{step:r,problem:"hours"};let u=c===null?void 0:`${Math.round(c*60)}m`;if(n.type==="ramp"){if(!u)return{step:r,problem:"ramp_hours"};e.push({type:"ramp",to:a,duration:u});continue}let f=n.gravityBelow.trim()?As(n.gravityBelow):null;if(f!==null&&!(f>=.98&&f<=1.2))return{step:r,problem:"gravity"};e.push({type:"hold",target:a,...u?{duration:u}:{},...f!==null?{until:{gravity_below:f}}:{}})}return{steps:e}}function ad(s){return s.toLowerCase().normalize("NFKD").replace(/[^a-z0-9]+/g,"_").replace(/^_|_$/g,"").slice(0,20)||"profile"}var Wm=5e3,ld={type:"hold",target:"",hours:"",gravityBelow:""},Ct=class extends X{constructor(){super(...arguments);this.narrow=!1;this.name="";this.steps=[{...ld}];this.chamber="";this.error="";this.note="";this.fmt=ae(Oe)}connectedCallback(){super.connectedCallback(),this.refresh()}disconnectedCallback(){super.disconnectedCallback(),clearTimeout(this.timer)}get t(){return oe(Ee(this.hass))}get temp(){return Ie(this.hass.config.unit_system.temperature)}async refresh(){clearTimeout(this.timer);try{this.chambers=(await Cn(this.hass)).flatMap(e=>(e.status.control??[]).map(t=>({deviceId:e.id,node:e.name,state:t}))),!this.chamber&&this.chambers[0]&&(this.chamber=this.key(this.chambers[0]))}catch(e){this.error=ee(e)}this.isConnected&&(this.timer=setTimeout(()=>{this.refresh()},Wm))}key(e){return`${e.deviceId}/${e.state.name}`}async start(e){e.preventDefault();let t=this.t;this.note="";let n=this.chambers?.find(o=>this.key(o)===this.chamber),r=od(this.steps,this.temp);if(!n){this.error=t("ferm.pick_chamber");return}if("problem"in r){this.error=t(`ferm.bad_${r.problem}`,{step:r.step});return}this.error="";try{await Fr(this.hass,n.deviceId,"start_profile",{chamber:n.state.name,profile:{name:ad(this.name),steps:this.named(r.steps)}}),this.note=t("ferm.sent",{chamber:n.state.label}),await this.refresh()}catch(o){this.error=ee(o)}}named(e){let t=this.t;return e.map((n,r)=>{let o=n.type==="hold"?t("ferm.hold"):t("ferm.ramp");return{...n,name:`${o} ${this.steps[r].target.trim()} ${this.temp}`.slice(0,64)}})}async stop(e){try{await Fr(this.hass,e.deviceId,"stop_profile",{chamber:e.state.name}),this.note=this.t("ferm.stop_sent",{chamber:e.state.label})}catch(t){this.error=ee(t)}}setStep(e,t){this.steps=this.steps.map((n,r)=>r===e?{...n,...t}:n)}render(){let e=this.t;return this.hass.user?.is_admin?g`<h2>${e("ferm.title")}</h2>
      ${this.error?g`<p class="error" role="alert">${this.error}</p>`:k}
      ${this.note?g`<p role="status">${this.note}</p>`:k}
      ${this.chambers?this.chambers.length===0?g`<div class="card"><p>${e("ferm.none")}</p></div>`:g`${this.chambers.map(t=>this.renderChamber(t))} ${this.renderForm()}`:g`<p class="muted" role="status">${e("devices.loading")}</p>`}`:g`<div class="card"><p>${e("devices.admin_only")}</p></div>`}renderChamber(e){let t=this.t,n=this.fmt(this.hass.locale,this.hass.config.time_zone),r=He("temperature","°C",this.temp),o=u=>`${n.number(r.toDisplay(u),1)} ${r.unit}`,a=e.state,c=a.profile;return g`<section class="card chamber" data-chamber=${a.name}>
      <div class="toolbar">
        <h3>${a.label}</h3>
        <span class="muted">${e.node}</span>
        <span class="chip">${a.mode}</span>
        <span class="chip ${a.action==="idle"?"":"active"}">${a.action}</span>
        <span class="spacer"></span>
        <span class="setpoint">${t("ferm.setpoint",{value:o(a.setpoint)})}</span>
      </div>
      ${c?g`<div class="profile">
              <p>
                <strong>${c.name}</strong> ·
                <span class="step"
                  >${t("ferm.step",{n:c.step_index+1,count:c.step_count})}</span
                >
                ${c.step_name?g`(${c.step_name})`:k}
                ${c.finished?g`· ${t("ferm.finished")}`:k}
              </p>
              ${c.remaining_s!==null?g`<progress
                        max=${c.elapsed_s+c.remaining_s}
                        value=${c.elapsed_s}
                        aria-label=${t("ferm.progress")}
                      ></progress>
                      <span class="muted"
                        >${t("ferm.remaining",{d:Ht(c.remaining_s*1e3,t)})}</span
                      >`:k}
              ${c.condition?g`<p class="muted">${c.condition}</p>`:k}
              <button class="danger" @click=${()=>{this.stop(e)}}>${t("ferm.stop")}</button>
            </div>`:g`<p class="muted">${t("ferm.no_profile")}</p>`}
    </section>`}renderForm(){let e=this.t,t=this.temp,n=(r,o)=>a=>this.setStep(r,{[o]:a.target.value});return g`<form class="card" @submit=${r=>{this.start(r)}}>
      <h3>${e("ferm.new_profile")}</h3>
      <div class="toolbar">
        <label
          >${e("ferm.name")}
          <input
            name="profile-name"
            maxlength="40"
            .value=${this.name}
            @input=${r=>this.name=r.target.value}
          />
        </label>
        <label
          >${e("ferm.chamber")}
          <select
            name="chamber"
            @change=${r=>this.chamber=r.target.value}
          >
            ${(this.chambers??[]).map(r=>g`<option value=${this.key(r)} ?selected=${this.key(r)===this.chamber}>${r.state.label} (${r.node})</option>`)}
          </select>
        </label>
      </div>
      <table>
        <thead>
          <tr>
            <th>#</th>
            <th>${e("ferm.type")}</th>
            <th>${e("ferm.target",{unit:t})}</th>
            <th>${e("ferm.hours")}</th>
            <th>${e("ferm.until_gravity")}</th>
            <th></th>
          </tr>
        </thead>
        <tbody>
          ${this.steps.map((r,o)=>g`<tr class="step-row">
                <td>${o+1}</td>
                <td>
                  <select aria-label=${e("ferm.type_of",{n:o+1})} @change=${n(o,"type")}>
                    <option value="hold" ?selected=${r.type==="hold"}>${e("ferm.hold")}</option>
                    <option value="ramp" ?selected=${r.type==="ramp"}>${e("ferm.ramp")}</option>
                  </select>
                </td>
                <td>
                  <input
                    inputmode="decimal"
                    aria-label=${e("ferm.target_of",{n:o+1,unit:t})}
                    .value=${r.target}
                    @input=${n(o,"target")}
                  />
                </td>
                <td>
                  <input
                    inputmode="decimal"
                    aria-label=${e("ferm.hours_of",{n:o+1})}
                    .value=${r.hours}
                    @input=${n(o,"hours")}
                  />
                </td>
                <td>
                  ${r.type==="hold"?g`<input
                          inputmode="decimal"
                          placeholder="1.010"
                          aria-label=${e("ferm.gravity_of",{n:o+1})}
                          .value=${r.gravityBelow}
                          @input=${n(o,"gravityBelow")}
                        />`:k}
                </td>
                <td>
                  <button
                    type="button"
                    class="icon"
                    aria-label=${e("ferm.remove_step",{n:o+1})}
                    ?disabled=${this.steps.length===1}
                    @click=${()=>this.steps=this.steps.filter((a,c)=>c!==o)}
                  >
                    ×
                  </button>
                </td>
              </tr>`)}
        </tbody>
      </table>
      <div class="toolbar">
        <button type="button" @click=${()=>this.steps=[...this.steps,{...ld}]}>
          ${e("ferm.add_step")}
        </button>
        <span class="spacer"></span>
        <button class="primary" type="submit">${e("ferm.start")}</button>
      </div>
    </form>`}};Ct.styles=[fe,he`
      input {
        font: inherit;
        inline-size: 6em;
        padding: 4px 6px;
        border: 1px solid var(--divider-color);
        border-radius: 6px;
        background: var(--card-background-color);
        color: inherit;
      }
      input[name='profile-name'] {
        inline-size: 14em;
      }
      progress {
        inline-size: min(100%, 24em);
        accent-color: var(--primary-color);
      }
      .setpoint {
        font-size: 1.2rem;
      }
      table {
        inline-size: 100%;
      }
    `],y([C({attribute:!1})],Ct.prototype,"hass",2),y([C({type:Boolean,reflect:!0})],Ct.prototype,"narrow",2),y([A()],Ct.prototype,"chambers",2),y([A()],Ct.prototype,"name",2),y([A()],Ct.prototype,"steps",2),y([A()],Ct.prototype,"chamber",2),y([A()],Ct.prototype,"error",2),y([A()],Ct.prototype,"note",2),Ct=y([ce("brewpit-fermentation")],Ct);var Co=320,Ro=180,qm=(s,i)=>s.reduce((e,t,n)=>e+t*i**n,0),mt=class extends X{constructor(){super(...arguments);this.name="";this.input="angle";this.pairs=[{raw:"",actual:""}];this.error="";this.note="";this.importing=!1;this.importText="";this.fmt=ae(Oe)}connectedCallback(){super.connectedCallback(),this.input=this.hydrometer.format==="ispindel"?"angle":"gravity",Pa(this.hass,this.hydrometer.device_id).then(e=>this.show(e),()=>{})}get t(){return oe(Ee(this.hass))}show(e){this.saved=e,this.input=e.input,this.pairs=e.points.map(t=>({raw:String(t.raw),actual:String(t.actual)}))}points(){let e=n=>Number.parseFloat(n.replace(",",".")),t=[];for(let[n,r]of this.pairs.entries()){if(!r.raw.trim()&&!r.actual.trim())continue;let o=e(r.raw),a=e(r.actual);if(!Number.isFinite(o)||!Number.isFinite(a))return this.error=this.t("hydro.cal_bad_pair",{n:n+1}),null;t.push({raw:o,actual:a})}return t}async save(e=this.points(),t=this.input){if(this.note="",!!e){this.error="";try{this.show(await La(this.hass,this.hydrometer.device_id,t,e)),this.note=this.t("hydro.cal_saved")}catch(n){this.error=ee(n)}}}exportJson(){if(!this.saved)return;let e=URL.createObjectURL(new Blob([JSON.stringify(this.saved,null,2)],{type:"application/json"})),t=document.createElement("a");t.href=e,t.download=`calibration-${this.name||this.hydrometer.key}.json`,t.click(),setTimeout(()=>URL.revokeObjectURL(e),1e4)}async importJson(){try{let e=JSON.parse(this.importText);if(!Array.isArray(e.points))throw new Error('no "points" in this document');await this.save(e.points,e.input??this.input),this.importing=!1}catch(e){this.error=ee(e)}}setPair(e,t){this.pairs=this.pairs.map((n,r)=>r===e?{...n,...t}:n)}render(){let e=this.t,t=this.fmt(this.hass.locale,this.hass.config.time_zone),n=r=>this.saved&&this.saved.points.length===this.pairs.length?this.saved.residuals[r]:void 0;return g`<section class="card" role="dialog" aria-labelledby="cal-title">
      <h3 id="cal-title">${e("hydro.cal_title",{name:this.name})}</h3>
      <p class="muted">${e("hydro.cal_help")}</p>
      <label>
        ${e("hydro.cal_input")}
        <select
          @change=${r=>this.input=r.target.value}
        >
          <option value="angle" ?selected=${this.input==="angle"}>
            ${e("hydro.cal_input.angle")}
          </option>
          <option value="gravity" ?selected=${this.input==="gravity"}>
            ${e("hydro.cal_input.gravity")}
          </option>
        </select>
      </label>
      <table>
        <thead>
          <tr>
            <th>#</th>
            <th>${e("hydro.cal_raw")}</th>
            <th>${e("hydro.cal_actual")}</th>
            <th class="num">${e("hydro.cal_residual")}</th>
            <th></th>
          </tr>
        </thead>
        <tbody>
          ${this.pairs.map((r,o)=>{let a=n(o);return g`<tr class="pair">
              <td>${o+1}</td>
              <td>
                <input
                  class="raw"
                  inputmode="decimal"
                  aria-label=${`${e("hydro.cal_raw")} ${o+1}`}
                  .value=${r.raw}
                  @input=${c=>this.setPair(o,{raw:c.target.value})}
                />
              </td>
              <td>
                <input
                  class="actual"
                  inputmode="decimal"
                  aria-label=${`${e("hydro.cal_actual")} ${o+1}`}
                  .value=${r.actual}
                  @input=${c=>this.setPair(o,{actual:c.target.value})}
                />
              </td>
              <td class="num">
                ${a===void 0?"":t.number(Math.abs(a)<5e-5?0:a,4)}
              </td>
              <td>
                <button
                  class="icon"
                  aria-label=${e("hydro.cal_remove",{n:o+1})}
                  @click=${()=>this.pairs=this.pairs.filter((c,u)=>u!==o)}
                >
                  ×
                </button>
              </td>
            </tr>`})}
        </tbody>
      </table>
      <div class="toolbar">
        <button @click=${()=>this.pairs=[...this.pairs,{raw:"",actual:""}]}>
          ${e("hydro.cal_add")}
        </button>
        <span class="spacer"></span>
        <button class="primary save" @click=${()=>{this.save()}}>
          ${e("hydro.cal_save")}
        </button>
      </div>
      ${this.error?g`<p class="error" role="alert">${this.error}</p>`:k}
      ${this.note?g`<p role="status">${this.note}</p>`:k}
      ${this.saved?this.renderFit(this.saved):g`<p class="muted">${e("hydro.cal_none")}</p>`}
      ${this.importing?g`<label class="wide"
                >${e("hydro.cal_import_label")}
                <textarea
                  rows="4"
                  .value=${this.importText}
                  @input=${r=>this.importText=r.target.value}
                ></textarea>
              </label>
              <button @click=${()=>{this.importJson()}}>${e("hydro.cal_import")}</button>`:k}
      <div class="toolbar">
        <button ?disabled=${!this.saved} @click=${()=>this.exportJson()}>
          ${e("hydro.cal_export")}
        </button>
        <button @click=${()=>this.importing=!this.importing}>${e("hydro.cal_import")}</button>
        <span class="spacer"></span>
        <button @click=${()=>se(this,"calibration-closed")}>${e("common.close")}</button>
      </div>
    </section>`}renderFit(e){let t=this.t,n=this.fmt(this.hass.locale,this.hass.config.time_zone),r=e.points.map(T=>T.raw),o=e.points.map(T=>T.actual);if(!r.length)return k;let a=(T,x)=>(x-T||Math.abs(x)||1)*.1,[c,u]=[Math.min(...r),Math.max(...r)],f=Array.from({length:41},(T,x)=>c+(u-c)*x/40).map(T=>[T,qm(e.coefficients,T)]),m=[...o,...f.map(([,T])=>T)],[v,w]=[Math.min(...m),Math.max(...m)],S=T=>(T-c+a(c,u))/(u-c+2*a(c,u))*Co,P=T=>Ro-(T-v+a(v,w))/(w-v+2*a(v,w))*Ro,z=e.coefficients.map((T,x)=>`${n.number(T,6)}${x===0?"":x===1?"·x":`·x${x===2?"²":"³"}`}`).join(" + ");return g`<figure>
      <svg
        viewBox="0 0 ${Co} ${Ro}"
        role="img"
        aria-label=${t("hydro.cal_fit",{formula:z,r2:e.r2===null?"—":n.number(e.r2,4)})}
      >
        ${Or`<polyline class="curve" fill="none" points=${f.map(([T,x])=>`${S(T)},${P(x)}`).join(" ")}></polyline>`}
        ${e.points.map(T=>Or`<circle class="point" r="4" cx=${S(T.raw)} cy=${P(T.actual)}></circle>`)}
      </svg>
      <figcaption class="fit">
        ${t("hydro.cal_fit",{formula:z,r2:e.r2===null?"—":n.number(e.r2,4)})}
      </figcaption>
    </figure>`}};mt.styles=[fe,he`
      input,
      textarea {
        font: inherit;
        inline-size: 7em;
        padding: 4px 6px;
        border: 1px solid var(--divider-color);
        border-radius: 6px;
        background: var(--card-background-color);
        color: inherit;
      }
      textarea {
        inline-size: 100%;
      }
      svg {
        inline-size: 100%;
        max-inline-size: ${Co*1.5}px;
        background: var(--secondary-background-color);
        border-radius: 8px;
      }
      .curve {
        stroke: var(--primary-color);
        stroke-width: 2;
      }
      .point {
        fill: var(--accent-color, var(--warning-color));
      }
      figure {
        margin: 8px 0;
      }
    `],y([C({attribute:!1})],mt.prototype,"hass",2),y([C({attribute:!1})],mt.prototype,"hydrometer",2),y([C()],mt.prototype,"name",2),y([A()],mt.prototype,"input",2),y([A()],mt.prototype,"pairs",2),y([A()],mt.prototype,"saved",2),y([A()],mt.prototype,"error",2),y([A()],mt.prototype,"note",2),y([A()],mt.prototype,"importing",2),y([A()],mt.prototype,"importText",2),mt=y([ce("brewpit-calibration")],mt);var Zm=1e4,Ym=["ispindel","tilt","brewfather"],cd={ispindel:"iSpindel",tilt:"Tilt",brewfather:"GravityMon / Brewfather stream"},ot=class extends X{constructor(){super(...arguments);this.narrow=!1;this.hydrometers=[];this.series=[];this.hubUrl="";this.name="";this.error="";this.confirmDelete="";this.fmt=ae(Oe);this.names=ae(ds)}connectedCallback(){super.connectedCallback(),Mn(this.hass).then(e=>this.hubUrl=Rn(e.url,window.location.hostname),e=>this.error=ee(e)),this.refresh()}disconnectedCallback(){super.disconnectedCallback(),clearTimeout(this.timer)}get t(){return oe(Ee(this.hass))}async refresh(){clearTimeout(this.timer);try{[this.gateways,this.hydrometers,this.series]=await Promise.all([Ca(this.hass),Ma(this.hass),ls(this.hass)])}catch(e){this.error=ee(e)}this.isConnected&&(this.timer=setTimeout(()=>{this.refresh()},Zm))}async create(e){e.preventDefault(),this.error="";try{this.created=await Ra(this.hass,this.name.trim()||"Hydrometers"),this.name="",await this.refresh()}catch(t){this.error=ee(t)}}async removeGateway(e){try{await za(this.hass,e),this.created?.id===e&&(this.created=void 0),this.confirmDelete="",await this.refresh()}catch(t){this.error=ee(t)}}render(){let e=this.t;return this.hass.user?.is_admin?g`<h2>${e("hydro.title")}</h2>
      ${this.error?g`<p class="error" role="alert">${this.error}</p>`:k}
      <section class="card gateways" aria-labelledby="gw-title">
        <h3 id="gw-title">${e("hydro.gateways")}</h3>
        <p class="muted">${e("hydro.gateways_help")}</p>
        <form class="toolbar" @submit=${t=>{this.create(t)}}>
          <input
            name="gateway-name"
            aria-label=${e("hydro.gateway_name")}
            placeholder=${e("hydro.gateway_name")}
            maxlength="64"
            .value=${this.name}
            @input=${t=>this.name=t.target.value}
          />
          <button class="primary" type="submit">${e("hydro.create")}</button>
        </form>
        ${this.created?this.renderUrls(this.created):k}
        ${this.gateways?.length===0?g`<p class="muted">${e("hydro.no_gateways")}</p>`:g`<ul class="plain">
                ${(this.gateways??[]).map(t=>this.renderGateway(t))}
              </ul>`}
      </section>
      ${this.renderHydrometers()}
      ${this.calibrating?g`<brewpit-calibration
              .hass=${this.hass}
              .hydrometer=${this.calibrating}
              .name=${this.hydrometerName(this.calibrating)}
              @calibration-closed=${()=>this.calibrating=void 0}
            ></brewpit-calibration>`:k}`:g`<div class="card"><p>${e("devices.admin_only")}</p></div>`}renderUrls(e){let t=this.t;return g`<div class="urls" role="region" aria-label=${t("hydro.urls",{name:e.name})}>
      <p>${t("hydro.urls",{name:e.name})}</p>
      <table>
        <thead>
          <tr>
            <th>${t("hydro.device_type")}</th>
            <th>${t("hydro.url")}</th>
          </tr>
        </thead>
        <tbody>
          ${Ym.filter(n=>e.paths[n]).map(n=>g`<tr data-format=${n}>
                <td>
                  ${cd[n]}
                  <div class="muted small">${t(`hydro.where.${n}`)}</div>
                </td>
                <td><code class="url">${this.hubUrl}${e.paths[n]}</code></td>
              </tr>`)}
        </tbody>
      </table>
    </div>`}renderGateway(e){let t=this.t,n=this.fmt(this.hass.locale,this.hass.config.time_zone);return g`<li class="toolbar">
      <span>${e.name}</span>
      <span class="muted">${n.dateYear(e.created_at)}</span>
      <span class="spacer"></span>
      ${this.confirmDelete===e.id?g`<span class="muted">${t("hydro.delete_gateway_consequence")}</span>
              <button class="danger" @click=${()=>{this.removeGateway(e.id)}}>
                ${t("devices.confirm_remove")}
              </button>
              <button @click=${()=>this.confirmDelete=""}>${t("common.cancel")}</button>`:g`<button class="danger" @click=${()=>this.confirmDelete=e.id}>
              ${t("hydro.delete_gateway")}
            </button>`}
    </li>`}hydrometerName(e){return this.names(this.hass.devices,this.hass.areas)(e.device_id).name||e.key}latest(e,t){let n=this.series.find(a=>a.device_id===e&&t.includes(a.kind));if(!n||n.last_value===null)return"—";let r=this.fmt(this.hass.locale,this.hass.config.time_zone),o=He(n.kind,n.unit,Ie(this.hass.config.unit_system.temperature));return`${r.number(o.toDisplay(n.last_value),o.decimals)} ${o.unit}`}renderHydrometers(){let e=this.t,t=this.hydrometers.length?g`<table>
          <thead>
            <tr>
              <th>${e("hydro.list")}</th>
              <th class="num">${e("hydro.gravity")}</th>
              <th class="num">${e("hydro.battery")}</th>
              <th class="num">${e("hydro.signal")}</th>
              <th></th>
            </tr>
          </thead>
          <tbody>
            ${this.hydrometers.map(n=>g`<tr data-device=${n.device_id}>
                  <td>
                    ${this.hydrometerName(n)} <span class="muted">${cd[n.format]}</span>
                  </td>
                  <td class="num gravity">
                    ${this.latest(n.device_id,["gravity","specific_gravity"])}
                  </td>
                  <td class="num">${this.latest(n.device_id,["battery"])}</td>
                  <td class="num">${this.latest(n.device_id,["signal_strength"])}</td>
                  <td>
                    <button @click=${()=>this.calibrating=n}>${e("hydro.calibrate")}</button>
                  </td>
                </tr>`)}
          </tbody>
        </table>`:g`<p class="muted">${e("hydro.none")}</p>`;return g`<section class="card" aria-labelledby="hy-title">
      <h3 id="hy-title">${e("hydro.list")}</h3>
      ${t}
    </section>`}};ot.styles=[fe,he`
      ul.plain {
        list-style: none;
        padding: 0;
        margin: 8px 0 0;
      }
      code.url {
        font-family: var(--code-font-family, monospace);
        overflow-wrap: anywhere;
        user-select: all;
      }
      .small {
        font-size: 0.8rem;
      }
      table {
        inline-size: 100%;
      }
      input {
        font: inherit;
        padding: 6px 8px;
        border: 1px solid var(--divider-color);
        border-radius: 6px;
        background: var(--card-background-color);
        color: inherit;
      }
    `],y([C({attribute:!1})],ot.prototype,"hass",2),y([C({type:Boolean,reflect:!0})],ot.prototype,"narrow",2),y([A()],ot.prototype,"gateways",2),y([A()],ot.prototype,"hydrometers",2),y([A()],ot.prototype,"series",2),y([A()],ot.prototype,"created",2),y([A()],ot.prototype,"hubUrl",2),y([A()],ot.prototype,"name",2),y([A()],ot.prototype,"error",2),y([A()],ot.prototype,"confirmDelete",2),y([A()],ot.prototype,"calibrating",2),ot=y([ce("brewpit-hydrometers")],ot);var er=s=>s.stall!==null&&s.stall.ended_at===null;function tr(s,i){return s.status==="reached"?"reached":s.status!=="ok"||s.eta===null?"unknown":s.eta-i<=18e5?"soon":"ok"}var Jm={insufficient_data:"eta.reason.warming_up",no_pit:"eta.reason.no_pit",pit_below_target:"eta.reason.pit_below_target",no_progress:"eta.reason.no_progress",fit_poor:"eta.reason.fit_poor",too_far:"eta.reason.too_far",no_target:"eta.reason.no_target"};function dd(s,i){if(er(s))return i("eta.reason.stall");let e=s.reason?Jm[s.reason]:void 0;return i(e??"eta.reason.other")}function ud(s,i=48){let{as_of:e,value:t,target:n,eta:r}=s;if(s.status!=="ok"||e===null||t===null||n===null||r===null)return null;let o=Math.max(e,Math.min(s.low??r,r)),a=Math.max(r,s.high??r);if(!(r>e)||t>=n)return null;let c=s.pit,u=c!==null&&c>n,f=z=>{let T=z-e;if(T<=0)return()=>n;if(!u)return N=>Math.min(n,t+(n-t)*(N-e)/T);let x=Math.log((c-t)/(c-n))/T;return N=>Math.min(n,c-(c-t)*Math.exp(-x*(N-e)))},m=f(o),v=f(r),w=f(a),S={ts:[],mid:[],lo:[],hi:[]},P=new Set([o,r,a]);for(let z=0;z<=i;z++)P.add(Math.round(e+(a-e)*z/i));for(let z of[...P].sort((T,x)=>T-x))S.ts.push(z),S.hi.push(m(z)),S.lo.push(w(z)),S.mid.push(z<=r?v(z):Number.NaN);return S}var Bt=class extends X{constructor(){super(...arguments);this.estimates=null;this.t=oe("en");this.temp="°C";this.now=Date.now()}render(){let e=this.estimates;return!e||e.channels.length===0&&e.brew.length===0?k:g`<ul class="tiles">
      ${e.channels.map(t=>this.renderChannel(t))} ${e.brew.map(t=>this.renderBrew(t))}
    </ul>`}temperature(e){let t=He("temperature","°C",this.temp);return e===null?"—":`${this.formatters.number(t.toDisplay(e),t.decimals)} ${t.unit}`}renderChannel(e){let t=this.t,n=tr(e,this.now),r=this.nodeOf?.(e.series_id),o=e.label??t("predictions.probe",{id:e.series_id});return g`<li class="tile ${n}" data-series=${e.series_id}>
      <div class="top">
        <span class="name">${o}</span>
        ${n==="reached"?g`<span class="badge reached">${t("predictions.reached")}</span>`:n==="soon"?g`<span class="badge soon">${t("predictions.soon")}</span>`:k}
      </div>
      ${r?g`<div class="muted small">${r}</div>`:k}
      <div class="now">
        <span class="value">${this.temperature(e.value)}</span>
        ${e.target===null?k:g`<span class="muted">→ ${this.temperature(e.target)}</span>`}
      </div>
      ${this.renderEta(e,n)} ${this.renderStall(e)}
    </li>`}renderEta(e,t){let n=this.t,r=this.formatters;if(t==="reached")return e.eta===null?k:g`<div class="muted small">
            ${n("predictions.reached_at",{time:r.clock(e.eta,this.now)})}
          </div>`;if(t==="unknown"||e.eta===null)return g`<div class="reason">${dd(e,n)}</div>`;let o=e.low!==null&&e.high!==null&&e.high>e.low?n("predictions.band",{low:r.clock(e.low,this.now),high:r.clock(e.high,this.now)}):"";return g`<div class="eta">
        <span class="clock">${r.clock(e.eta,this.now)}</span>
        <span class="in">${Ya(e.eta-this.now,n)}</span>
      </div>
      ${o?g`<div class="muted small band">${o}</div>`:k}`}renderStall(e){let t=e.stall;if(!t)return k;let n=this.t,r=this.formatters,o=t.ended_at??e.as_of??this.now,a=Ht(Math.max(0,o-t.since),n);return g`<div class="stall ${er(e)?"on":""}">
      ${er(e)?n("predictions.stall_on",{time:r.clock(t.since,this.now),duration:a}):n("predictions.stall_over",{duration:a,time:r.clock(o,this.now)})}
    </div>`}renderBrew(e){let t=this.t,n=this.formatters,r=[e.gravity===null?null:t("predictions.gravity",{value:n.number(e.gravity,3)}),e.attenuation===null?null:t("predictions.attenuation",{value:n.number(e.attenuation,0)}),e.abv===null?null:t("predictions.abv",{value:n.number(e.abv,1)})].filter(o=>o!==null);return g`<li class="tile ${e.finished?"reached":""}" data-series=${e.series_id}>
      <div class="top">
        <span class="name">${e.label??t("predictions.probe",{id:e.series_id})}</span>
        ${e.finished?g`<span class="badge reached">${t("predictions.finished")}</span>`:k}
      </div>
      <div>${r.length?r.join(" · "):t("eta.reason.warming_up")}</div>
    </li>`}};Bt.styles=[fe,he`
      :host {
        display: block;
      }
      .tiles {
        list-style: none;
        margin: 0;
        padding: 0;
        display: grid;
        grid-template-columns: repeat(auto-fill, minmax(220px, 1fr));
        gap: 12px;
      }
      .tile {
        border: 1px solid var(--divider-color);
        border-radius: 8px;
        padding: 10px 12px;
        display: flex;
        flex-direction: column;
        gap: 4px;
      }
      .tile.soon {
        border-color: var(--warning-color, #ffa600);
        background: color-mix(in srgb, var(--warning-color, #ffa600) 10%, transparent);
      }
      .tile.reached {
        border-color: var(--success-color, #43a047);
        background: color-mix(in srgb, var(--success-color, #43a047) 10%, transparent);
      }
      .top {
        display: flex;
        align-items: center;
        gap: 8px;
      }
      .name {
        font-weight: 500;
        margin-inline-end: auto;
      }
      .badge {
        font-size: 0.75rem;
        border-radius: 10px;
        padding: 2px 8px;
        color: var(--text-primary-color, #fff);
      }
      .badge.soon {
        background: var(--warning-color, #ffa600);
      }
      .badge.reached {
        background: var(--success-color, #43a047);
      }
      .now .value {
        font-size: 1.25rem;
        font-variant-numeric: tabular-nums;
      }
      .eta {
        display: flex;
        align-items: baseline;
        flex-wrap: wrap;
        gap: 8px;
      }
      .clock {
        font-size: 1.25rem;
        font-weight: 500;
      }
      .small {
        font-size: 0.8125rem;
      }
      .reason {
        color: var(--secondary-text-color);
      }
      .stall {
        font-size: 0.8125rem;
        color: var(--secondary-text-color);
      }
      .stall.on {
        color: var(--warning-color, #ffa600);
      }
    `],y([C({attribute:!1})],Bt.prototype,"estimates",2),y([C({attribute:!1})],Bt.prototype,"formatters",2),y([C({attribute:!1})],Bt.prototype,"t",2),y([C({attribute:!1})],Bt.prototype,"temp",2),y([C({type:Number})],Bt.prototype,"now",2),y([C({attribute:!1})],Bt.prototype,"nodeOf",2),Bt=y([ce("brewpit-predictions")],Bt);var qe=s=>typeof s=="number"&&Number.isFinite(s)?s:null,ti=s=>typeof s=="string"?s:null,zo=s=>s!==null&&typeof s=="object"&&!Array.isArray(s)?s:null,hd=s=>Array.isArray(s)?s.map(zo).filter(i=>i!==null):[];function Qm(s){let i=zo(s),e=i?qe(i.since):null;return!i||e===null?null:{since:e,ended_at:qe(i.ended_at),duration_s:qe(i.duration_s)}}function Xm(s){let i=qe(s.series_id);return i===null?null:{series_id:i,label:ti(s.label),role:ti(s.role),unit:ti(s.unit),target:qe(s.target),value:qe(s.value),status:ti(s.status)??"unknown",reason:ti(s.reason),eta:qe(s.eta),low:qe(s.low),high:qe(s.high),pit:qe(s.pit),rate_per_h:qe(s.rate_per_h),stall:Qm(s.stall),as_of:qe(s.as_of)}}function Bm(s){let i=qe(s.series_id);return i===null?null:{series_id:i,label:ti(s.label),gravity:qe(s.gravity),attenuation:qe(s.attenuation),abv:qe(s.abv),trend_per_day:qe(s.trend_per_day),finished:s.finished===!0,as_of:qe(s.as_of)}}function ep(s,i){let e=zo(s)??{};return{session_id:ti(e.session_id)??i,as_of:qe(e.as_of),channels:hd(e.channels).map(Xm).filter(t=>t!==null),brew:hd(e.brew).map(Bm).filter(t=>t!==null)}}async function sr(s,i){let e=await s.callWS({type:"brewpit/sessions/estimates",session_id:i});return ep(e,i)}var md=s=>`brewpit_session_${s}_`;function Ni(s){if(s.state===null||s.state==="")return null;let i=typeof s.state=="number"?s.state:Number(s.state);return Number.isFinite(i)?i:null}var zs=class{open(i,e,t){this.unsub||(this.unsub=i.connection.subscribeMessage(e,{type:"brewpit/live/subscribe"}).catch(n=>{t?.(n)}))}get active(){return this.unsub!==void 0}close(){let i=this.unsub;this.unsub=void 0,i?.then(e=>e?.()).catch(()=>{})}};var tp=5e3,sp=3e4;function ip(s,i){let e=new Map;for(let t of s){let n=e.get(t.device_id)??[];n.push(t),e.set(t.device_id,n)}return[...e.entries()].map(([t,n])=>[Rs(i(t)),n.sort((r,o)=>r.key.localeCompare(o.key))]).sort(([t],[n])=>t.localeCompare(n))}var Rt=class extends X{constructor(){super(...arguments);this.narrow=!1;this.series=[];this.states=new Map;this.error="";this.loaded=!1;this.now=Date.now();this.running=[];this.live=new zs;this.estimatesDue=!1;this.fmt=ae(Oe);this.nodes=ae(ds);this.groups=ae(ip)}connectedCallback(){super.connectedCallback(),this.ticker=setInterval(()=>this.now=Date.now(),tp),this.hass&&this.start()}disconnectedCallback(){super.disconnectedCallback(),clearInterval(this.ticker),clearTimeout(this.estimatesTimer),this.live.close()}get t(){return oe(Ee(this.hass))}async loadEstimates(){clearTimeout(this.estimatesTimer),this.estimatesDue=!1;try{let e=await Es(this.hass,{status:"active"});this.running=await Promise.all(e.map(async t=>({session:t,estimates:await sr(this.hass,t.id).catch(()=>null)})))}catch{}this.isConnected&&(this.estimatesTimer=setTimeout(()=>{this.loadEstimates()},sp))}willUpdate(){this.hass&&!this.live.active&&this.isConnected&&this.start()}start(){this.live.open(this.hass,e=>this.onLive(e),e=>this.error=this.t("detail.live_unavailable",{error:ee(e)})),this.load(),this.loadEstimates()}async load(){try{let e=await ls(this.hass),t=new Map(this.states);for(let n of e)t.has(n.id)||t.set(n.id,{value:n.last_value,ts:n.last_ts,unavailable:n.last_ts==null});this.series=e,this.states=t}catch(e){this.error=ee(e)}finally{this.loaded=!0}}onLive(e){this.now=Date.now();let t=new Map(this.states);for(let n of e.states){if(n.unique_id?.startsWith("brewpit_session_")&&!this.estimatesDue&&(this.estimatesDue=!0,clearTimeout(this.estimatesTimer),this.estimatesTimer=setTimeout(()=>{this.loadEstimates()},5e3)),typeof n.series_id!="number")continue;let r=Ni(n),o=t.get(n.series_id);t.set(n.series_id,{value:r??null,ts:r===null?o?.ts??null:n.ts,unavailable:r===null})}this.states=t}render(){let e=this.t,t=this.fmt(this.hass.locale,this.hass.config.time_zone),n=Ie(this.hass.config.unit_system.temperature);if(!this.loaded)return g`<div class="card" role="status">${e("live.loading")}</div>`;let r=this.nodes(this.hass.devices,this.hass.areas);return g`
      ${this.error?g`<p class="error" role="alert">${this.error}</p>`:k}
      ${this.renderRunning(t,n)}
      ${this.series.length===0?g`<div class="card muted">
              ${e("live.no_probes")}
              ${this.hass.user?.is_admin?g`<button
                      @click=${()=>se(this,"brewpit-navigate",{path:"/devices"})}
                    >
                      ${e("empty.open_devices")}
                    </button>`:k}
            </div>`:k}
      <div class="devices">
        ${this.groups(this.series,r).map(([o,a])=>g`<section class="card" aria-label=${e("live.node",{name:o})}>
              <h3>${o}</h3>
              <ul>
                ${a.map(c=>{let u=this.states.get(c.id),f=He(c.kind,c.unit,n),m=u&&!u.unavailable&&u.value!==null?`${t.number(f.toDisplay(u.value),f.decimals)} ${f.unit}`:null,v=u?.ts!=null?e("live.last_seen",{when:t.relative(this.now-u.ts)}):e("live.never_seen");return g`<li class=${m?"":"unavailable"}>
                    <span class="probe">${c.name||c.key}</span>
                    <span class="value" aria-live="off">${m??e("live.unavailable")}</span>
                    <span class="seen muted" title=${u?.ts?t.dateTime(u.ts):""}
                      >${v}</span
                    >
                  </li>`})}
              </ul>
            </section>`)}
      </div>
    `}renderRunning(e,t){let n=this.t,r=this.nodes(this.hass.devices,this.hass.areas),o=a=>{let c=this.series.find(u=>u.id===a);return c?Rs(r(c.device_id)):void 0};return this.running.filter(a=>a.estimates&&(a.estimates.channels.length||a.estimates.brew.length)).map(a=>g`<section class="card running" aria-label=${a.session.name}>
            <h3>
              <a
                href=${"#"}
                @click=${c=>{c.preventDefault(),se(this,"brewpit-navigate",{path:`/session/${encodeURIComponent(a.session.id)}`})}}
                >${a.session.name}</a
              >
            </h3>
            <brewpit-predictions
              .estimates=${a.estimates}
              .formatters=${e}
              .t=${n}
              .temp=${t}
              .now=${this.now}
              .nodeOf=${o}
            ></brewpit-predictions>
          </section>`)}};Rt.styles=[fe,he`
      :host {
        display: block;
      }
      .devices {
        display: grid;
        grid-template-columns: repeat(auto-fill, minmax(300px, 1fr));
        gap: 16px;
      }
      .devices .card {
        margin: 0;
      }
      .running h3 a {
        color: var(--primary-color);
        text-decoration: none;
      }
      ul {
        list-style: none;
        margin: 0;
        padding: 0;
      }
      li {
        display: grid;
        grid-template-columns: minmax(0, 1fr) auto;
        grid-template-areas: 'probe value' 'seen seen';
        padding-block: 8px;
        border-block-end: 1px solid var(--divider-color);
      }
      li:last-child {
        border-block-end: none;
      }
      .probe {
        grid-area: probe;
      }
      .value {
        grid-area: value;
        font-size: 1.25rem;
        font-variant-numeric: tabular-nums;
      }
      .seen {
        grid-area: seen;
        font-size: 0.75rem;
      }
      .unavailable .value {
        color: var(--error-color);
        font-size: 1rem;
      }
      :host([narrow]) .devices {
        grid-template-columns: 1fr;
      }
    `],y([C({attribute:!1})],Rt.prototype,"hass",2),y([C({type:Boolean,reflect:!0})],Rt.prototype,"narrow",2),y([A()],Rt.prototype,"series",2),y([A()],Rt.prototype,"states",2),y([A()],Rt.prototype,"error",2),y([A()],Rt.prototype,"loaded",2),y([A()],Rt.prototype,"now",2),y([A()],Rt.prototype,"running",2),Rt=y([ce("brewpit-live")],Rt);var Ps=he`
  :host {
    display: block;
  }
  .head h2 {
    margin: 0;
  }
  .meta {
    margin-block: 8px 0;
  }
  brewpit-predictions {
    margin-block-start: 12px;
  }
  .small {
    font-size: 0.8125rem;
  }
  .chart-tools {
    margin-block-end: 8px;
  }
  .columns {
    display: grid;
    grid-template-columns: 3fr 2fr;
    gap: 16px;
  }
  .columns > .card {
    margin-block-end: 0;
  }
  :host([narrow]) .columns {
    grid-template-columns: 1fr;
  }
  .note-form {
    display: flex;
    gap: 8px;
  }
  .note-form input {
    flex: 1;
    min-inline-size: 0;
  }
  .notes {
    list-style: none;
    padding: 0;
    margin: 0;
  }
  .notes li {
    display: flex;
    flex-wrap: wrap;
    gap: 8px;
    align-items: baseline;
    padding-block: 6px;
    border-block-end: 1px solid var(--divider-color);
  }
  .notes time {
    color: var(--secondary-text-color);
    font-size: 0.8125rem;
  }
  button.link {
    border: none;
    min-block-size: 0;
    padding: 0;
    text-decoration: underline;
  }
  :host([narrow]) .card {
    padding: 12px;
  }
  :host([narrow]) table .muted {
    display: none;
  }
`;var es=class extends X{constructor(){super(...arguments);this.figures=[];this.t=oe("en");this.zoomed=!1}render(){let e=this.t,t=this.formatters;return g`<section class="card" aria-labelledby="figures-title">
      <h3 id="figures-title">${this.zoomed?e("figures.title_in_view"):e("figures.title")}</h3>
      <table class="figures">
        <thead>
          <tr>
            <th>${e("figures.channel")}</th>
            <th class="num">${e("figures.now")}</th>
            <th class="num">${e("figures.min")}</th>
            <th class="num">${e("figures.max")}</th>
            <th class="num">${e("figures.target")}</th>
          </tr>
        </thead>
        <tbody>
          ${this.figures.map(n=>{let r=this.nodeOf?.(n.seriesId);return g`<tr>
              <td>
                <span
                  class="swatch"
                  style=${this.theme?`background:${bs(this.theme,n.colorIndex)}`:""}
                ></span
                >${n.label}
                ${Et(n.role,e).toLowerCase()===n.label.toLowerCase()?"":g`<span class="muted role">${Et(n.role,e)}</span>`}
                ${r?g`<div class="muted node">${r}</div>`:""}
              </td>
              <td class="num">${t.number(n.latest,n.decimals)} ${n.unit}</td>
              <td class="num">${t.number(n.min,n.decimals)}</td>
              <td class="num">${t.number(n.max,n.decimals)}</td>
              <td class="num">${n.target==null?"—":t.number(n.target,n.decimals)}</td>
            </tr>`})}
        </tbody>
      </table>
    </section>`}};es.styles=[fe,Ps],y([C({attribute:!1})],es.prototype,"figures",2),y([C({attribute:!1})],es.prototype,"theme",2),y([C({attribute:!1})],es.prototype,"formatters",2),y([C({attribute:!1})],es.prototype,"t",2),y([C({attribute:!1})],es.prototype,"nodeOf",2),y([C({type:Boolean})],es.prototype,"zoomed",2),es=y([ce("brewpit-session-figures")],es);var np=new Set(["sensor","number","input_number"]),rp=new Set(["temperature","humidity","moisture","pressure","atmospheric_pressure","specific_gravity","battery","signal_strength","voltage","ph"]),op=new Set(["unavailable","unknown"]);function pd(s,i){let e=[];for(let[n,r]of Object.entries(s.states??{})){if(!np.has(n.split(".")[0])||i.has(n))continue;let o=s.entities?.[n];if(o?.platform==="brewpit")continue;let a=r.attributes,c=typeof a.unit_of_measurement=="string"?a.unit_of_measurement:null,u=typeof a.device_class=="string"?a.device_class:null;if(!(op.has(r.state)||Number.isFinite(Number(r.state)))||r.state===""||!(u&&rp.has(u)||c))continue;let m=o?.device_id?s.devices?.[o.device_id]:void 0,v=o?.area_id??m?.area_id??null;e.push({entity_id:n,name:typeof a.friendly_name=="string"&&a.friendly_name?a.friendly_name:n,device_class:u,unit:c,state:r.state,device:m&&(m.name_by_user||m.name)||null,area:v?s.areas?.[v]?.name??null:null})}let t=n=>`${n.area??"￿"}\0${n.device??""}\0${n.name}`;return e.sort((n,r)=>t(n).localeCompare(t(r)))}function fd(s,i){let e=[s.name,s.entity_id,s.device??"",s.area??""].join(" ").toLowerCase();return i.toLowerCase().split(/\s+/).filter(Boolean).every(t=>e.includes(t))}async function gd(s,i,e=!1){return(await s.callWS({type:"brewpit/sources/follow",entity_id:i.entity_id,name:i.name.slice(0,64),explicit:e,...i.device_class?{device_class:i.device_class}:{},...i.unit?{unit:i.unit}:{}})).series_id}var bd=he`
  .grid {
    display: grid;
    grid-template-columns: repeat(auto-fit, minmax(180px, 1fr));
    gap: 12px;
  }
  .grid label {
    display: flex;
    flex-direction: column;
    gap: 4px;
  }
  fieldset {
    border: 1px solid var(--divider-color);
    border-radius: 8px;
    margin-block: 12px;
    padding: 8px 12px;
  }
  legend {
    color: var(--secondary-text-color);
    padding-inline: 4px;
  }
  .probe {
    display: grid;
    grid-template-columns: minmax(0, 1fr) 9em 8em;
    gap: 4px 8px;
    align-items: center;
    padding-block: 6px;
    border-block-end: 1px solid var(--divider-color);
  }
  .probe:last-of-type {
    border-block-end: none;
  }
  .check {
    color: var(--primary-text-color);
    display: flex;
    align-items: center;
    gap: 8px;
    min-inline-size: 0;
  }
  .who {
    display: flex;
    flex-direction: column;
    min-inline-size: 0;
    margin-inline-end: auto;
  }
  .who .node {
    font-size: 0.75rem;
  }
  .reading {
    font-variant-numeric: tabular-nums;
    white-space: nowrap;
  }
  .target {
    inline-size: 100%;
  }
  select:disabled,
  input:disabled {
    opacity: 0.45;
    cursor: not-allowed;
    background: var(--secondary-background-color, rgba(127, 127, 127, 0.12));
    border-style: dashed;
  }
  .in-use {
    grid-column: 1 / -1;
    font-size: 0.8125rem;
    color: var(--warning-color, #ffa600);
    display: flex;
    flex-wrap: wrap;
    gap: 4px 12px;
    align-items: center;
  }
  .share {
    display: inline-flex;
    align-items: center;
    gap: 6px;
    color: var(--primary-text-color);
  }
  .others summary,
  .ha-sensors summary {
    cursor: pointer;
    color: var(--secondary-text-color);
    padding-block: 8px;
  }
  .search {
    inline-size: 100%;
    box-sizing: border-box;
    margin-block-end: 8px;
  }
  @media (max-width: 600px) {
    .probe {
      grid-template-columns: 1fr 1fr;
    }
    .check {
      grid-column: 1 / -1;
    }
  }
`;function ap(s,i){let e=s.device_class==="temperature"||["°C","°F","K"].includes(s.unit??""),t=s.device_class==="specific_gravity"||["SG","°P"].includes(s.unit??"");return{id:-(i+1),device_id:"",key:s.entity_id,kind:e?"temperature":t?"gravity":s.device_class??"",unit:e?"°C":t?"SG":s.unit??"",name:s.name,last_ts:null,last_value:null}}var nt=class extends X{constructor(){super(...arguments);this.rows=[];this.kind="cook";this.name="";this.recipe="";this.og="";this.notes="";this.error="";this.busy=!1;this.loaded=!1;this.query="";this.live=new zs;this.fmt=ae(Oe);this.nodes=ae(ds)}connectedCallback(){super.connectedCallback();let e=this.session;e&&(this.kind=e.kind,this.name=e.name,this.recipe=e.recipe??"",this.og=e.og==null?"":String(e.og),this.notes=e.notes),this.loadSeries(),this.live.open(this.hass,t=>{let n=new Map(t.states.map(r=>[r.series_id,r]));this.rows.some(r=>n.has(r.series.id))&&(this.rows=this.rows.map(r=>{let o=n.get(r.series.id);return o&&typeof o.ts=="number"?{...r,series:{...r.series,last_value:Ni(o),last_ts:o.ts}}:r}))})}disconnectedCallback(){super.disconnectedCallback(),this.live.close()}get t(){return oe(Ee(this.hass))}async loadSeries(){try{let[e,t]=await Promise.all([ls(this.hass),Es(this.hass,{status:"active"}).catch(()=>[])]),n=Ie(this.hass.config.unit_system.temperature),r=new Map(this.session?.channels.map(a=>[a.series_id,a]));this.rows=e.map(a=>{let c=r.get(a.id),u=He(a.kind,a.unit,n);return{series:a,on:!!c,role:c?.role??qr(a.name,a.key,a.kind),target:c?.target==null?"":String(Math.round(u.toDisplay(c.target)*10)/10),inUse:t.filter(f=>f.id!==this.session?.id).filter(f=>f.channels.some(m=>m.series_id===a.id)).map(f=>f.name),share:!!c}});let o=pd(this.hass,new Set(e.map(a=>a.key)));this.rows=[...this.rows,...o.map((a,c)=>{let u=ap(a,c);return{series:u,on:!1,role:qr(u.name,u.key,u.kind),target:"",inUse:[],share:!1,sensor:a}})]}catch(e){this.error=ee(e)}finally{this.loaded=!0}}rowsOn(){return this.rows.filter(e=>e.on)}patch(e,t){this.rows=this.rows.map(n=>n.series.id===e?{...n,...t}:n)}async submit(e){e.preventDefault();let t=this.t,n=this.rows.find(m=>m.on&&m.inUse.length&&!m.share);if(n){this.error=t("form.confirm_share_first",{probe:n.series.name||n.series.key});return}let r=Ie(this.hass.config.unit_system.temperature),o=this.rowsOn(),a=m=>o.map((v,w)=>{let S=He(v.series.kind,v.series.unit,r),P=Number.parseFloat(v.target.replace(",","."));return{series_id:m[w],role:v.role,label:(v.series.name||v.series.key).slice(0,64),...Number.isFinite(P)?{target:Math.round(S.fromDisplay(P)*1e3)/1e3}:{}}}),c=Number.parseFloat(this.og.replace(",","."));this.busy=!0,this.error="";let u=a(o.map(m=>m.series.id)).find((m,v)=>m.target===void 0&&o[v].target.trim());if(u){this.busy=!1,this.error=t("form.bad_target",{probe:u.label??""});return}let f={name:this.name.trim(),...this.recipe.trim()?{recipe:this.recipe.trim()}:{},...this.kind==="brew"&&Number.isFinite(c)?{og:c}:{}};try{let m=[];for(let w of o)m.push(w.sensor?await gd(this.hass,w.sensor):w.series.id);let v={...f,channels:a(m)};if(this.session){let w=await Va(this.hass,this.session.id,{...v,notes:this.notes});se(this,"session-saved",w)}else se(this,"session-created",await Fa(this.hass,{kind:this.kind,...v}))}catch(m){this.error=ee(m)}finally{this.busy=!1}}render(){let e=this.t,t=n=>r=>n(r.target.value);return g`<form class="card" @submit=${n=>{this.submit(n)}}>
      <h2>${this.session?e("form.edit_title"):e("form.title")}</h2>
      <div class="grid">
        <label>
          ${e("form.name")}
          <input
            required
            maxlength="120"
            name="name"
            .value=${this.name}
            @input=${t(n=>this.name=n)}
          />
        </label>
        <label>
          ${e("form.kind")}
          <select
            name="kind"
            ?disabled=${!!this.session}
            @change=${n=>this.kind=n.target.value}
          >
            <option value="cook" ?selected=${this.kind==="cook"}>${e("kind.cook")}</option>
            <option value="brew" ?selected=${this.kind==="brew"}>${e("kind.brew")}</option>
          </select>
        </label>
        <label>
          ${e("form.recipe")}
          <input maxlength="200" .value=${this.recipe} @input=${t(n=>this.recipe=n)} />
        </label>
        ${this.kind==="brew"?g`<label>
                ${e("form.og")}
                <input
                  inputmode="decimal"
                  placeholder="1.050"
                  .value=${this.og}
                  @input=${t(n=>this.og=n)}
                />
              </label>`:k}
        ${this.session?g`<label class="wide">
                ${e("form.notes")}
                <textarea
                  name="notes"
                  rows="3"
                  .value=${this.notes}
                  @input=${t(n=>this.notes=n)}
                ></textarea>
              </label>`:k}
      </div>
      ${this.renderProbes()}
      ${this.error?g`<p class="error" role="alert">${this.error}</p>`:k}
      <div class="toolbar">
        <span class="spacer"></span>
        ${this.session?g`<button type="button" @click=${()=>se(this,"form-closed")}>
                ${e("common.cancel")}
              </button>`:k}
        <button class="primary" type="submit" ?disabled=${this.busy||!this.name.trim()}>
          ${this.session?e("form.save"):e("form.start")}
        </button>
      </div>
    </form>`}renderProbes(){let e=this.t,t=this.rows.filter(c=>!c.sensor),n=t.filter(c=>sl(c.role,this.kind)&&!il.has(c.series.kind)||c.on),r=t.filter(c=>!n.includes(c)),o=this.kind==="cook"?e("kind.cook"):e("kind.brew"),a=this.loaded?this.rows.length===0?g`<p class="muted">
            ${e("form.no_probes")}
            <button
              type="button"
              @click=${()=>se(this,"brewpit-navigate",{path:"/devices"})}
            >
              ${e("empty.open_devices")}
            </button>
          </p>`:t.length===0?this.renderSensors():g`${n.map(c=>this.renderRow(c))}
            ${r.length?g`<details class="others">
                    <summary>${e("form.other_probes",{count:r.length,kind:o})}</summary>
                    ${r.map(c=>this.renderRow(c))}
                  </details>`:k}
            ${this.renderSensors()}`:g`<p class="muted" role="status">${e("form.loading_probes")}</p>`;return g`<fieldset>
      <legend>${e("form.probes")}</legend>
      ${a}
    </fieldset>`}renderSensors(){let e=this.t,t=this.rows.filter(r=>r.sensor);if(!t.length)return k;let n=t.filter(r=>r.on||fd(r.sensor,this.query));return g`<details class="ha-sensors" ?open=${t.some(r=>r.on)}>
      <summary>${e("form.ha_sensors",{count:t.length})}</summary>
      <input
        type="search"
        class="search"
        aria-label=${e("form.search_sensors")}
        placeholder=${e("form.search_sensors")}
        .value=${this.query}
        @input=${r=>this.query=r.target.value}
      />
      ${n.map(r=>this.renderRow(r))}
    </details>`}renderRow(e){let t=this.t,n=this.fmt(this.hass.locale,this.hass.config.time_zone),r=Ie(this.hass.config.unit_system.temperature),o=He(e.series.kind,e.series.unit,r),a=e.series.name||e.series.key,c=e.sensor,u=c?Rs({name:c.device??c.entity_id,area:c.area}):Rs(this.nodes(this.hass.devices,this.hass.areas)(e.series.device_id)),f=c?Number.isFinite(Number(c.state))?`${c.state} ${c.unit??""}`.trim():t("form.no_reading"):e.series.last_value===null?t("form.no_reading"):`${n.number(o.toDisplay(e.series.last_value),o.decimals)} ${o.unit}`,m=e.series.id;return g`<div
      class="probe ${e.on?"on":""}"
      data-series=${m}
      data-entity=${c?c.entity_id:k}
    >
      <label class="check">
        <input
          type="checkbox"
          .checked=${e.on}
          @change=${v=>this.patch(m,{on:v.target.checked})}
        />
        <span class="who">
          <span class="name">${a}</span>
          <span class="muted node">${u}</span>
        </span>
        <span class="reading" title=${e.series.last_ts?n.dateTime(e.series.last_ts):""}
          >${f}</span
        >
      </label>
      ${this.renderRole(e,a)}
      <input
        class="target"
        inputmode="decimal"
        aria-label=${t("form.target_of",{probe:a,unit:o.unit})}
        placeholder=${t("form.target_placeholder",{unit:o.unit})}
        ?disabled=${!e.on}
        .value=${e.target}
        @input=${v=>this.patch(m,{target:v.target.value})}
      />
      ${e.inUse.length?g`<div class="in-use" role="note">
              ${t("form.in_use",{sessions:e.inUse.join(", ")})}
              ${e.on?g`<label class="share">
                      <input
                        type="checkbox"
                        .checked=${e.share}
                        @change=${v=>this.patch(m,{share:v.target.checked})}
                      />
                      ${t("form.share",{sessions:e.inUse.join(", ")})}
                    </label>`:k}
            </div>`:k}
    </div>`}renderRole(e,t){let n=this.t,r=tl(this.kind),o=e.series.id;return g`<select
      aria-label=${n("form.role_of",{probe:t})}
      ?disabled=${!e.on}
      @change=${a=>this.patch(o,{role:a.target.value})}
    >
      ${r.fitting.map(a=>g`<option value=${a} ?selected=${a===e.role}>${Et(a,n)}</option>`)}
      <optgroup label=${n("form.other_roles")}>
        ${r.others.map(a=>g`<option value=${a} ?selected=${a===e.role}>${Et(a,n)}</option>`)}
      </optgroup>
    </select>`}};nt.styles=[fe,bd],y([C({attribute:!1})],nt.prototype,"hass",2),y([C({attribute:!1})],nt.prototype,"session",2),y([A()],nt.prototype,"rows",2),y([A()],nt.prototype,"kind",2),y([A()],nt.prototype,"name",2),y([A()],nt.prototype,"recipe",2),y([A()],nt.prototype,"og",2),y([A()],nt.prototype,"notes",2),y([A()],nt.prototype,"error",2),y([A()],nt.prototype,"busy",2),y([A()],nt.prototype,"loaded",2),y([A()],nt.prototype,"query",2),nt=y([ce("brewpit-session-form")],nt);var yt=class extends X{constructor(){super(...arguments);this.estimates=null;this.now=Date.now();this.error="";this.confirmEnd=!1;this.confirmDelete=!1;this.busy=!1;this.fmt=ae(Oe)}get t(){return oe(Ee(this.hass))}async end(){this.busy=!0;try{se(this,"session-changed",await ja(this.hass,this.session.id)),this.confirmEnd=!1}catch(e){se(this,"session-error",ee(e))}finally{this.busy=!1}}async deleteIt(){this.busy=!0;try{await Ga(this.hass,this.session.id),se(this,"brewpit-navigate",{path:"/sessions"})}catch(e){se(this,"session-error",ee(e))}finally{this.busy=!1}}async exportCsv(){let e=this.session,t=Gr(this.hass.locale,this.hass.config.time_zone);try{await Wa(this.hass,e.id,qa(e),t)}catch(n){let r=n instanceof Xi?this.t("detail.export_failed",{status:n.status}):ee(n);se(this,"session-error",r)}}render(){let e=this.t,t=this.session,n=this.fmt(this.hass.locale,this.hass.config.time_zone),r=t.status==="active";return g`<section class="card head" aria-labelledby="title">
      <div class="toolbar">
        <h2 id="title">${t.name}</h2>
        <span class="chip">${t.kind==="cook"?e("kind.cook"):e("kind.brew")}</span>
        <span class="chip ${r?"active":""}">
          ${e(r?"status.running":"status.ended")}
        </span>
        <span class="spacer"></span>
        <button @click=${()=>{this.exportCsv()}}>${e("detail.export_csv")}</button>
        ${this.hass.user?.is_admin?g`<button class="edit" @click=${()=>se(this,"session-edit")}>
                  ${e("detail.edit")}
                </button>
                ${r?this.renderEnd():k} ${this.renderDelete()}`:k}
      </div>
      <p class="muted meta">
        ${e("detail.started",{time:n.dateTime(t.started_at)})} ·
        ${t.ended_at?g`${e("detail.ended",{time:n.dateTime(t.ended_at)})} · `:""}
        ${Ht((t.ended_at??this.now)-t.started_at,e)}
        ${t.recipe?g` · ${t.recipe}`:k}
        ${t.og!=null?g` · ${e("detail.og",{value:n.number(t.og,3)})}`:k}
      </p>
      ${this.error?g`<p class="error" role="alert">${this.error}</p>`:k}
      <brewpit-predictions
        .estimates=${this.estimates}
        .formatters=${n}
        .t=${e}
        .temp=${Ie(this.hass.config.unit_system.temperature)}
        .now=${this.now}
        .nodeOf=${this.nodeOf}
      ></brewpit-predictions>
    </section>`}renderEnd(){let e=this.t;return this.confirmEnd?g`<span role="group" aria-label=${e("detail.confirm_end_group")} class="toolbar">
      <button class="danger" ?disabled=${this.busy} @click=${()=>{this.end()}}>
        ${e("detail.confirm_end")}
      </button>
      <button @click=${()=>this.confirmEnd=!1}>${e("common.cancel")}</button>
    </span>`:g`<button class="danger" @click=${()=>this.confirmEnd=!0}>
        ${e("detail.end")}
      </button>`}renderDelete(){let e=this.t;return this.confirmDelete?g`<span role="group" aria-label=${e("detail.confirm_delete_group")} class="toolbar">
      <span class="muted">${e("detail.delete_consequence")}</span>
      <button class="danger" ?disabled=${this.busy} @click=${()=>{this.deleteIt()}}>
        ${e("detail.confirm_delete")}
      </button>
      <button @click=${()=>this.confirmDelete=!1}>${e("common.cancel")}</button>
    </span>`:g`<button class="danger" @click=${()=>this.confirmDelete=!0}>
        ${e("detail.delete")}
      </button>`}};yt.styles=[fe,Ps],y([C({attribute:!1})],yt.prototype,"hass",2),y([C({attribute:!1})],yt.prototype,"session",2),y([C({attribute:!1})],yt.prototype,"estimates",2),y([C({type:Number})],yt.prototype,"now",2),y([C()],yt.prototype,"error",2),y([C({attribute:!1})],yt.prototype,"nodeOf",2),y([A()],yt.prototype,"confirmEnd",2),y([A()],yt.prototype,"confirmDelete",2),y([A()],yt.prototype,"busy",2),yt=y([ce("brewpit-session-head")],yt);var _t=class extends X{constructor(){super(...arguments);this.sessionId="";this.annotations=[];this.at=null;this.t=oe("en");this.text="";this.busy=!1;this.error=""}async add(e){e.preventDefault();let t=this.text.trim();if(t){this.busy=!0,this.error="";try{let n=await Ka(this.hass,this.sessionId,t,this.at??void 0);this.text="",se(this,"note-added",n)}catch(n){this.error=ee(n)}finally{this.busy=!1}}}render(){let e=this.t,t=this.formatters,n={note:e("notes.kind.note"),alert:e("notes.kind.alert"),event:e("notes.kind.event")};return g`<section class="card" aria-labelledby="notes-title">
      <h3 id="notes-title">${e("notes.title")}</h3>
      ${this.hass.user?.is_admin?g`<form class="note-form" @submit=${r=>{this.add(r)}}>
                <label for="note" class="visually-hidden">${e("notes.text")}</label>
                <input
                  id="note"
                  name="note"
                  maxlength="500"
                  placeholder=${e("notes.placeholder")}
                  .value=${this.text}
                  @input=${r=>this.text=r.target.value}
                />
                <button class="primary" type="submit" ?disabled=${this.busy||!this.text.trim()}>
                  ${e("notes.add")}
                </button>
              </form>
              <p class="muted small">
                ${this.at?g`${e("notes.at_picked",{time:t.dateTime(this.at)})}
                        <button class="link" @click=${()=>se(this,"note-at-cleared")}>
                          ${e("notes.use_now")}
                        </button>`:e("notes.at_now")}
              </p>`:k}
      ${this.error?g`<p class="error" role="alert">${this.error}</p>`:k}
      ${this.annotations.length?g`<ul class="notes">
              ${this.annotations.map(r=>g`<li>
                    <span class="chip ${r.kind==="alert"?"alert":""}"
                      >${n[r.kind]??r.kind}</span
                    >
                    <time datetime=${new Date(r.ts).toISOString()}>${t.dateTime(r.ts)}</time>
                    <span>${r.text}</span>
                  </li>`)}
            </ul>`:g`<p class="muted">${e("notes.none")}</p>`}
    </section>`}};_t.styles=[fe,Ps],y([C({attribute:!1})],_t.prototype,"hass",2),y([C()],_t.prototype,"sessionId",2),y([C({attribute:!1})],_t.prototype,"annotations",2),y([C({attribute:!1})],_t.prototype,"at",2),y([C({attribute:!1})],_t.prototype,"formatters",2),y([C({attribute:!1})],_t.prototype,"t",2),y([A()],_t.prototype,"text",2),y([A()],_t.prototype,"busy",2),y([A()],_t.prototype,"error",2),_t=y([ce("brewpit-session-notes")],_t);var ir=class{constructor(){this.bySeries=new Map}add(i,e){let t=this.bySeries.get(i)??[];t.push(e),this.bySeries.set(i,t)}get size(){return this.bySeries.size}clear(){this.bySeries.clear()}drain(i){let e=0,t=!1,n=i.series.map(o=>{let a=this.bySeries.get(o.series_id);if(!a)return o;let c=o.points.length?o.points[o.points.length-1][0]:-1/0,u=a.filter(f=>f[0]>c).sort((f,m)=>f[0]-m[0]);return e=Math.max(e,u.length),u.length&&u[0][0]-c>6e4&&(t=!0),u.length?{...o,points:[...o.points,...u]}:o});if(this.bySeries.clear(),!e)return{history:i,added:e,skipped:t};let r=Math.max(i.to,...n.map(o=>o.points[o.points.length-1]?.[0]??0));return{history:{...i,series:n,to:r},added:e,skipped:t}}};function vd(s){if(!s)return 0;let i=0;for(let e of s.series)i=Math.max(i,e.points[e.points.length-1]?.[0]??0);return i}var lp=1e3,cp=5e3,dp=6e4,nr=class{constructor(i,e){this.host=i;this.on=e;this.live=new zs;this.buffer=new ir;this.estimatesAt=0;i.addController(this)}follow(i,e){let t=e?.id!==this.session?.id;this.hass=i,this.session=e,t&&(this.stop(),e&&this.loadEstimates()),e?.status==="active"?this.live.open(i,n=>this.onLive(n),n=>this.on.error(n)):this.live.close()}hostDisconnected(){this.stop(),this.session=void 0}stop(){this.live.close(),clearTimeout(this.flushTimer),clearTimeout(this.estimatesTimer),this.flushTimer=void 0,this.buffer.clear()}async loadEstimates(){let{hass:i,session:e}=this;if(!(!i||!e)){clearTimeout(this.estimatesTimer),this.estimatesAt=Date.now();try{let t=await sr(i,e.id);e.id===this.session?.id&&this.on.estimates(t)}catch{}this.session?.id===e.id&&this.session.status==="active"&&(this.estimatesTimer=setTimeout(()=>{this.loadEstimates()},dp))}}onLive(i){let e=this.session;if(!e)return;let t=new Set(e.channels.map(o=>o.series_id)),n=md(e.id),r=!1;for(let o of i.states)o.unique_id?.startsWith(n)&&(r=!0),!(!t.has(o.series_id)||typeof o.ts!="number")&&this.buffer.add(o.series_id,[o.ts,Ni(o)]);if(r){clearTimeout(this.estimatesTimer);let o=Math.max(0,this.estimatesAt+cp-Date.now());this.estimatesTimer=setTimeout(()=>{this.loadEstimates()},o)}this.buffer.size&&this.flushTimer===void 0&&(this.flushTimer=setTimeout(()=>{this.flushTimer=void 0,this.on.readings(this.buffer)},lp))}};function yd(s,i,e,t,n,r){if(!s)return Qn;let o=r*6e4,a=[],c=[],u=new Map,f=s.channels.length;for(let m of s.channels){let v=i.findIndex(T=>T.series_id===m.series_id);if(v<0)continue;let w=i[v],S=He(w.kind,m.unit??w.unit,e),P=tr(m,o);P==="reached"?u.set(v,{text:n("chart.reached"),state:P}):m.eta!==null&&P!=="unknown"&&u.set(v,{text:n("chart.eta",{time:t.clock(m.eta,o)}),state:P});let z=ud(m);if(z&&a.push({scale:S.unit,colorIndex:v,xs:z.ts.map(T=>T/1e3),mid:z.mid.map(T=>Number.isFinite(T)?S.toDisplay(T):Number.NaN),lo:z.lo.map(S.toDisplay),hi:z.hi.map(S.toDisplay)}),m.stall){let T=m.stall.ended_at??m.as_of;c.push({x:m.stall.since/1e3,endX:T===null?null:T/1e3,colorIndex:v,label:f>1?n("chart.stall_of",{label:w.label}):n("chart.stall")})}}return{projections:a,stalls:c,targetNotes:u}}var up=250,hp=600,mp=15e3,et=class extends X{constructor(){super(...arguments);this.narrow=!1;this.sessionId="";this.view=Bn;this.estimates=null;this.series=[];this.error="";this.noteAt=null;this.editing=!1;this.now=Date.now();this.requestSeq=0;this.appended=0;this.feed=new nr(this,{readings:e=>this.flushLive(e),estimates:e=>this.estimates=e,error:e=>this.error=this.t("detail.live_unavailable",{error:ee(e)})});this.model=ae(Zc);this.figures=ae(Qc);this.fmt=ae(Oe);this.nodes=ae(ds);this.extras=ae(yd);this.theme=ae(e=>Yn(t=>getComputedStyle(this).getPropertyValue(t)));this.xRange=ae((e,t)=>e===void 0||t===void 0?null:{min:e/1e3,max:t/1e3});this.nodeOf=e=>{let t=this.series.find(n=>n.id===e);return t?Rs(this.nodes(this.hass.devices,this.hass.areas)(t.device_id)):void 0};this.detailOf=e=>this.nodeOf(this.history?.series[e]?.series_id??-1);this.onRangeChanged=e=>this.choose({from:e.detail.min*1e3,to:e.detail.max*1e3});this.onChartClick=e=>{this.noteAt=Math.round(e.detail.x*1e3)}}connectedCallback(){super.connectedCallback(),this.ticker=setInterval(()=>this.now=Date.now(),mp),this.hass&&this.session&&this.feed.follow(this.hass,this.session)}disconnectedCallback(){super.disconnectedCallback(),clearInterval(this.ticker),clearTimeout(this.refetchTimer)}willUpdate(e){e.has("sessionId")&&this.sessionId&&this.load()}updated(e){e.has("session")&&this.isConnected&&this.feed.follow(this.hass,this.session)}get t(){return oe(Ee(this.hass))}get temp(){return Ie(this.hass.config.unit_system.temperature)}maxPoints(){let e=this.chart?.plotWidth||this.clientWidth-120||window.innerWidth-120;return Xn(e)}async load(){let e=++this.requestSeq;this.error="",this.view=Bn,this.noteAt=null,this.estimates=null,this.feed.follow(this.hass,void 0),ls(this.hass).then(t=>this.series=t,()=>{});try{let[t,n]=await Promise.all([zn(this.hass,this.sessionId),Bi(this.hass,this.sessionId,{max_points:this.maxPoints()})]);if(e!==this.requestSeq)return;this.session=t,this.history=n,this.appended=0,this.now=Date.now()}catch(t){e===this.requestSeq&&(this.error=ee(t))}}edge(){return Math.max(this.now,vd(this.history))}ahead(){let e=this.session;if(!e||e.ended_at!==null||!this.view.follow)return 0;let t=(this.estimates?.channels??[]).filter(o=>o.status==="ok").map(o=>o.high??o.eta??0),n=this.edge(),r=this.view.range?n-(this.view.range.to-this.view.range.from):e.started_at;return sd(t,n,n-r)}visible(){return this.session?id(this.session,this.view,this.edge(),this.ahead()):null}choose(e){this.session&&(this.view=nd(this.session,e,this.edge(),this.ahead()),clearTimeout(this.refetchTimer),this.refetchTimer=setTimeout(()=>{this.refetch()},up))}async refetch(){let e=++this.requestSeq,t=this.visible(),n=t?{from:t.from,...this.view.follow?{}:{to:t.to}}:{};try{let r=await Bi(this.hass,this.sessionId,{...n,max_points:this.maxPoints()});if(e!==this.requestSeq)return;this.history=r,this.appended=0}catch(r){e===this.requestSeq&&(this.error=ee(r))}}flushLive(e){if(!this.history)return e.clear();let{history:t,added:n,skipped:r}=e.drain(this.history);this.now=Date.now(),n&&(this.history=t,this.appended+=n,this.view.follow&&(r?(clearTimeout(this.refetchTimer),this.refetchTimer=setTimeout(()=>{this.refetch()},1e3)):this.appended>=hp&&this.refetch()))}pan(e){let t=this.visible();t&&this.session&&this.choose(ed(t,e,un(this.session,this.edge(),this.ahead())))}zoom(e){let t=this.visible()??(this.session?Ao(this.session,this.now):null);t&&this.session&&this.choose(td(t,e,un(this.session,this.edge(),this.ahead())))}onSaved(e){this.editing=!1,this.session=e,this.load()}onNote(e){if(this.noteAt=null,!this.history)return;let t=[...this.history.annotations,e].sort((n,r)=>n.ts-r.ts);this.history={...this.history,annotations:t}}render(){let e=this.fmt(this.hass.locale,this.hass.config.time_zone);return!this.session||!this.history?g`<div class="card" role="status">
        ${this.error?g`<span class="error">${this.error}</span>`:this.t("detail.loading")}
      </div>`:g`<brewpit-session-head
        .hass=${this.hass}
        .session=${this.session}
        .estimates=${this.estimates}
        .now=${this.now}
        .error=${this.error}
        .nodeOf=${this.nodeOf}
        @session-changed=${t=>this.session=t.detail}
        @session-error=${t=>this.error=t.detail}
        @session-edit=${()=>this.editing=!0}
      ></brewpit-session-head>
      ${this.editing?g`<brewpit-session-form
              .hass=${this.hass}
              .session=${this.session}
              @session-saved=${t=>this.onSaved(t.detail)}
              @form-closed=${()=>this.editing=!1}
            ></brewpit-session-form>`:k}
      ${this.renderChart(this.session,e)}
      <div class="columns">
        <brewpit-session-figures
          .figures=${this.figures(this.history,this.temp)}
          .theme=${this.theme(this.hass.themes?.darkMode??!1)}
          .formatters=${e}
          .t=${this.t}
          .nodeOf=${this.nodeOf}
          ?zoomed=${!!this.view.range}
        ></brewpit-session-figures>
        <brewpit-session-notes
          .hass=${this.hass}
          .sessionId=${this.session.id}
          .annotations=${this.history.annotations}
          .at=${this.noteAt}
          .formatters=${e}
          .t=${this.t}
          @note-added=${t=>this.onNote(t.detail)}
          @note-at-cleared=${()=>this.noteAt=null}
        ></brewpit-session-notes>
      </div>`}renderChart(e,t){let n=this.t,r=this.history,o=this.model(r,this.temp),a=Math.floor(this.now/6e4),c=this.visible(),u=this.hass.locale.time_zone==="server"?this.hass.config.time_zone:void 0;return g`<section class="card" aria-label=${n("detail.chart")}>
      <div class="toolbar chart-tools">
        ${this.renderTools(e)}
        <span class="spacer"></span>
        <span class="muted small range-label" aria-live="polite">
          ${this.rangeLabel(c,t)}
          ${r.series.some(f=>f.downsampled)?` · ${n("detail.downsampled")}`:""}
        </span>
      </div>
      ${o.series.length===0?g`<p class="muted">${n("detail.no_channels")}</p>`:g`<brewpit-chart
              .model=${o}
              .extras=${this.extras(this.estimates,r.series,this.temp,t,n,a)}
              .xRange=${this.xRange(c?.from,c?.to)}
              .formatters=${t}
              .t=${n}
              .detail=${this.detailOf}
              .timeZone=${u}
              ?dark=${this.hass.themes?.darkMode??!1}
              .height=${this.narrow?260:380}
              label=${n("detail.chart_of",{name:e.name})}
              @range-changed=${this.onRangeChanged}
              @reset-zoom=${()=>this.choose(null)}
              @chart-pan=${f=>this.pan(f.detail.fraction)}
              @chart-zoom=${f=>this.zoom(f.detail.factor)}
              @chart-click=${this.onChartClick}
            ></brewpit-chart>`}
    </section>`}renderTools(e){let t=this.t,n=e.status==="active"&&!this.view.follow;return g`<button
        class="icon"
        aria-label=${t("detail.pan_earlier")}
        @click=${()=>this.pan(-.25)}
      >
        ‹
      </button>
      <button class="icon" aria-label=${t("detail.pan_later")} @click=${()=>this.pan(.25)}>
        ›
      </button>
      <button class="icon" aria-label=${t("detail.zoom_in")} @click=${()=>this.zoom(.5)}>
        +
      </button>
      <button class="icon" aria-label=${t("detail.zoom_out")} @click=${()=>this.zoom(2)}>
        −
      </button>
      ${e.status==="active"?g`<button
              class=${n?"primary":""}
              ?disabled=${!n&&!this.view.range}
              @click=${()=>this.choose(null)}
            >
              ${t("detail.back_to_live")}
            </button>`:g`<button ?disabled=${!this.view.range} @click=${()=>this.choose(null)}>
              ${t("detail.reset_zoom")}
            </button>`}`}rangeLabel(e,t){let n=this.t;return this.session?.status==="active"&&this.view.follow?this.view.range?n("detail.range_live_window",{duration:Ht(this.view.range.to-this.view.range.from,n)}):n("detail.range_live"):e&&this.view.range?`${t.dateTime(e.from)} – ${t.dateTime(e.to)}`:n("detail.range_whole")}};et.styles=[fe,Ps],y([C({attribute:!1})],et.prototype,"hass",2),y([C({type:Boolean,reflect:!0})],et.prototype,"narrow",2),y([C()],et.prototype,"sessionId",2),y([A()],et.prototype,"session",2),y([A()],et.prototype,"history",2),y([A()],et.prototype,"view",2),y([A()],et.prototype,"estimates",2),y([A()],et.prototype,"series",2),y([A()],et.prototype,"error",2),y([A()],et.prototype,"noteAt",2),y([A()],et.prototype,"editing",2),y([A()],et.prototype,"now",2),y([$i("brewpit-chart")],et.prototype,"chart",2),et=y([ce("brewpit-session-detail")],et);var _d="M3,6H21V8H3V6M3,11H21V13H3V11M3,16H21V18H3V16Z",wd="M20,11V13H8L13.5,18.5L12.08,19.92L4.16,12L12.08,4.08L13.5,5.5L8,11H20Z",xd="M17.66 11.2C17.43 10.9 17.15 10.64 16.89 10.38C16.22 9.78 15.46 9.35 14.82 8.72C13.33 7.26 13 4.85 13.95 3C13 3.23 12.17 3.75 11.46 4.32C8.87 6.4 7.85 10.07 9.07 13.22C9.11 13.32 9.15 13.42 9.15 13.55C9.15 13.77 9 13.97 8.8 14.05C8.57 14.15 8.33 14.09 8.14 13.93C8.08 13.88 8.04 13.83 8 13.76C6.87 12.33 6.69 10.28 7.45 8.64C5.78 10 4.87 12.3 5 14.47C5.06 14.97 5.12 15.47 5.29 15.97C5.43 16.57 5.7 17.17 6 17.7C7.08 19.43 8.95 20.67 10.96 20.92C13.1 21.19 15.39 20.8 17.03 19.32C18.86 17.66 19.5 15 18.56 12.72L18.43 12.46C18.22 12 17.66 11.2 17.66 11.2Z",$d="M4 4h12v3h2a3 3 0 0 1 3 3v4a3 3 0 0 1-3 3h-2v2a1 1 0 0 1-1 1H5a1 1 0 0 1-1-1V4zm12 5v6h2a1 1 0 0 0 1-1v-4a1 1 0 0 0-1-1h-2z";function hn(s,i=!1){return g`<svg class=${i?"icon flip":"icon"} viewBox="0 0 24 24" aria-hidden="true">
    <path d=${s}></path>
  </svg>`}var pp=300;function fp(s,i,e,t=oe("en")){let n=[t("list.channels",{count:s.channels.length})],r=He("temperature","°C",e),o=s.summary?.channels??[];if(o.length)for(let a of o.filter(c=>c.role!=="ambient").slice(0,3))a.role==="gravity"?n.push(`${a.label} ${i.number(a.last_value,3)}`):a.max!=null&&n.push(t("list.max",{label:a.label,value:`${i.number(r.toDisplay(a.max),1)} ${r.unit}`}));else{let a=s.channels.filter(c=>c.target!=null&&c.role!=="gravity");for(let c of a.slice(0,2))n.push(`${c.label??c.role} → ${i.number(r.toDisplay(c.target),0)} ${r.unit}`)}return s.og!=null&&n.push(t("detail.og",{value:i.number(s.og,3)})),s.recipe&&n.push(s.recipe),n}var pt=class extends X{constructor(){super(...arguments);this.narrow=!1;this.sessions=[];this.loaded=!1;this.error="";this.kind="";this.status="";this.q="";this.selected=new Set;this.creating=!1;this.seq=0;this.fmt=ae(Oe)}connectedCallback(){super.connectedCallback(),this.hass&&this.load()}disconnectedCallback(){super.disconnectedCallback(),clearTimeout(this.searchTimer)}willUpdate(e){e.has("hass")&&!e.get("hass")&&this.hass&&!this.loaded&&this.load()}async load(){let e=++this.seq,t={...this.kind?{kind:this.kind}:{},...this.status?{status:this.status}:{},...this.q.trim()?{q:this.q.trim()}:{}};try{let n=await Es(this.hass,t);if(e!==this.seq)return;this.sessions=[...n].sort((r,o)=>o.started_at-r.started_at),this.error=""}catch(n){e===this.seq&&(this.error=ee(n))}finally{e===this.seq&&(this.loaded=!0)}}setFilter(e){e.kind!==void 0&&(this.kind=e.kind),e.status!==void 0&&(this.status=e.status),this.load()}onSearch(e){this.q=e.target.value,clearTimeout(this.searchTimer),this.searchTimer=setTimeout(()=>{this.load()},pp)}open(e){se(this,"brewpit-navigate",{path:`/session/${encodeURIComponent(e)}`})}toggle(e,t){let n=new Set(this.selected);t?n.add(e):n.delete(e),this.selected=n}compare(){let e=this.sessions.filter(t=>this.selected.has(t.id)).map(t=>t.id);se(this,"brewpit-navigate",{path:`/compare?ids=${e.map(encodeURIComponent).join(",")}`})}onRowKey(e,t){e.target===e.currentTarget&&(e.key==="Enter"||e.key===" ")&&(e.preventDefault(),this.open(t))}get t(){return oe(Ee(this.hass))}render(){let e=this.t,t=this.fmt(this.hass.locale,this.hass.config.time_zone),n=Ie(this.hass.config.unit_system.temperature),r=Date.now();return g`
      ${this.renderFilters(e)}
      ${this.creating?g`<brewpit-session-form
              .hass=${this.hass}
              @session-created=${o=>this.open(o.detail.id)}
            ></brewpit-session-form>`:k}
      ${this.error?g`<p class="error" role="alert">${this.error}</p>`:k}
      <section class="card list" aria-label=${e("list.sessions")}>
        ${this.loaded?this.sessions.length===0?g`<p class="muted">${e("list.none")}</p>`:g`<div role="list">
                  ${this.sessions.map(o=>this.renderRow(o,t,n,r,e))}
                </div>`:g`<p class="muted" role="status">${e("list.loading")}</p>`}
      </section>
    `}renderFilters(e){return g`<section class="card" aria-label=${e("list.filters")}>
      <div class="toolbar filters">
        <label>
          <span class="visually-hidden">${e("list.search_label")}</span>
          <input
            type="search"
            placeholder=${e("list.search")}
            .value=${this.q}
            @input=${this.onSearch}
          />
        </label>
        <label>
          ${e("form.kind")}
          <select
            aria-label=${e("form.kind")}
            @change=${t=>this.setFilter({kind:t.target.value})}
          >
            <option value="">${e("list.all")}</option>
            <option value="cook" ?selected=${this.kind==="cook"}>${e("list.cooks")}</option>
            <option value="brew" ?selected=${this.kind==="brew"}>${e("list.brews")}</option>
          </select>
        </label>
        <label>
          ${e("list.status")}
          <select
            aria-label=${e("list.status")}
            @change=${t=>this.setFilter({status:t.target.value})}
          >
            <option value="">${e("list.all")}</option>
            <option value="active" ?selected=${this.status==="active"}>
              ${e("status.running")}
            </option>
            <option value="ended" ?selected=${this.status==="ended"}>${e("status.ended")}</option>
          </select>
        </label>
        <span class="spacer"></span>
        <button
          ?disabled=${this.selected.size<2}
          @click=${this.compare}
          aria-label=${e("list.compare_label",{count:this.selected.size})}
        >
          ${e("list.compare",{count:this.selected.size})}
        </button>
        ${this.hass.user?.is_admin?g`<button class="primary" @click=${()=>this.creating=!this.creating}>
                ${this.creating?e("common.close"):e("list.new")}
              </button>`:k}
      </div>
    </section>`}renderRow(e,t,n,r,o){let a=Ht((e.ended_at??r)-e.started_at,o),c=e.status==="active"?o("status.running"):o("status.ended"),u=e.kind==="cook"?o("kind.cook"):o("kind.brew");return g`<div
      class="row"
      role="listitem"
      tabindex="0"
      aria-label=${`${e.name}, ${u}, ${c}, ${a}`}
      @click=${f=>{f.target.closest(".select")||this.open(e.id)}}
      @keydown=${f=>this.onRowKey(f,e.id)}
    >
      <label class="select" @click=${f=>f.stopPropagation()}>
        <input
          type="checkbox"
          aria-label=${o("list.select",{name:e.name})}
          .checked=${this.selected.has(e.id)}
          @change=${f=>this.toggle(e.id,f.target.checked)}
        />
      </label>
      <span class="kind" aria-hidden="true">${hn(e.kind==="cook"?xd:$d)}</span>
      <span class="name">
        <strong>${e.name}</strong>
        <span class="muted figures">${fp(e,t,n,o).join(" · ")}</span>
      </span>
      <span class="chip ${e.status==="active"?"active":""} status"> ${c} </span>
      <span class="muted started">${t.dateTime(e.started_at)}</span>
      <span class="duration">${a}</span>
    </div>`}};pt.styles=[fe,he`
      :host {
        display: block;
      }
      .filters label {
        display: inline-flex;
        align-items: center;
        gap: 6px;
      }
      .list {
        padding: 0;
        overflow: hidden;
      }
      .list > p {
        padding: 16px;
        margin: 0;
      }
      .row {
        display: grid;
        grid-template-columns: auto auto minmax(0, 1fr) auto 12em 8em;
        align-items: center;
        gap: 12px;
        padding-block: 10px;
        padding-inline: 16px;
        border-block-end: 1px solid var(--divider-color);
        cursor: pointer;
      }
      .row:last-child {
        border-block-end: none;
      }
      .row:hover {
        background: color-mix(in srgb, var(--primary-color) 6%, transparent);
      }
      .row:focus-visible {
        outline: 2px solid var(--primary-color);
        outline-offset: -2px;
      }
      .name {
        display: flex;
        flex-direction: column;
        min-inline-size: 0;
      }
      .name strong {
        font-weight: 500;
        overflow: hidden;
        text-overflow: ellipsis;
        white-space: nowrap;
      }
      .figures {
        font-size: 0.8125rem;
      }
      .kind svg {
        inline-size: 24px;
        block-size: 24px;
        fill: var(--secondary-text-color);
        display: block;
      }
      .duration {
        text-align: end;
        font-variant-numeric: tabular-nums;
      }
      .select input {
        inline-size: 20px;
        block-size: 20px;
        min-block-size: 0;
      }
      :host([narrow]) .row {
        grid-template-columns: auto auto minmax(0, 1fr) auto;
        grid-template-areas: 'select kind name status' 'select kind started duration';
      }
      :host([narrow]) .select {
        grid-area: select;
      }
      :host([narrow]) .kind {
        grid-area: kind;
      }
      :host([narrow]) .name {
        grid-area: name;
      }
      :host([narrow]) .status {
        grid-area: status;
      }
      :host([narrow]) .started {
        grid-area: started;
        font-size: 0.8125rem;
      }
      :host([narrow]) .duration {
        grid-area: duration;
        font-size: 0.8125rem;
      }
    `],y([C({attribute:!1})],pt.prototype,"hass",2),y([C({type:Boolean,reflect:!0})],pt.prototype,"narrow",2),y([A()],pt.prototype,"sessions",2),y([A()],pt.prototype,"loaded",2),y([A()],pt.prototype,"error",2),y([A()],pt.prototype,"kind",2),y([A()],pt.prototype,"status",2),y([A()],pt.prototype,"q",2),y([A()],pt.prototype,"selected",2),y([A()],pt.prototype,"creating",2),pt=y([ce("brewpit-sessions-list")],pt);function Sd(s,i=""){let e=(s??"").split("?")[0].split("/").filter(Boolean),t=new URLSearchParams((s??"").includes("?")?s.split("?")[1]:i);switch(e[0]){case"session":return e[1]?{view:"session",id:decodeURIComponent(e[1])}:{view:"sessions"};case"compare":{let n=(t.get("ids")??"").split(",").map(r=>r.trim()).filter(Boolean);return{view:"compare",ids:[...new Set(n)]}}case"live":case"devices":case"hydrometers":case"alerts":case"fermentation":return{view:e[0]};default:return{view:"sessions"}}}var vs=class extends X{constructor(){super(...arguments);this.narrow=!1;this.parsed=ae((e,t)=>Sd(e,t))}get view(){return this.parsed(this.route?.path,window.location.search)}go(e){Xc(`${this.route?.prefix??"/brewpit"}${e}`)}onNavigate(e){e.stopPropagation(),this.go(e.detail.path)}render(){if(!this.hass)return k;let e=this.view,t=this.hass.dockedSidebar,n=this.narrow||t==="always_hidden",r=oe(Ee(this.hass)),o=this.panel?.title||"Brewpit",a=e.view==="session"||e.view==="compare";return g`
      <header class="toolbar-top">
        ${n?g`<button
                class="icon-btn"
                aria-label=${r("panel.open_sidebar")}
                @click=${()=>se(this,"hass-toggle-menu")}
              >
                ${hn(_d)}
              </button>`:k}
        ${a?g`<button
                class="icon-btn"
                aria-label=${r("panel.back")}
                @click=${()=>this.go("/sessions")}
              >
                ${hn(wd,!0)}
              </button>`:k}
        <h1>${o}</h1>
        <nav aria-label=${r("panel.views")}>
          ${this.navLink("/sessions",e.view==="sessions",r("panel.sessions"))}
          ${this.navLink("/live",e.view==="live",r("panel.live"))}
          ${this.hass.user?.is_admin?g`${this.navLink("/devices",e.view==="devices",r("panel.devices"))}
                ${this.navLink("/hydrometers",e.view==="hydrometers",r("panel.hydrometers"))}
                ${this.navLink("/fermentation",e.view==="fermentation",r("panel.fermentation"))}
                ${this.navLink("/alerts",e.view==="alerts",r("panel.alerts"))}`:k}
        </nav>
      </header>
      <main @brewpit-navigate=${this.onNavigate}>${this.renderView(e)}</main>
    `}navLink(e,t,n){return g`<a
      href=${`${this.route?.prefix??""}${e}`}
      aria-current=${t?"page":"false"}
      @click=${r=>this.link(r,e)}
      >${n}</a
    >`}link(e,t){let n=e;n.ctrlKey||n.metaKey||n.shiftKey||n.button>0||(e.preventDefault(),this.go(t))}renderView(e){switch(e.view){case"session":return g`<brewpit-session-detail
          .hass=${this.hass}
          ?narrow=${this.narrow}
          .sessionId=${e.id}
        ></brewpit-session-detail>`;case"compare":return g`<brewpit-compare
          .hass=${this.hass}
          ?narrow=${this.narrow}
          .ids=${e.ids}
        ></brewpit-compare>`;case"live":return g`<brewpit-live .hass=${this.hass} ?narrow=${this.narrow}></brewpit-live>`;case"devices":return g`<brewpit-devices .hass=${this.hass} ?narrow=${this.narrow}></brewpit-devices>`;case"fermentation":return g`<brewpit-fermentation
          .hass=${this.hass}
          ?narrow=${this.narrow}
        ></brewpit-fermentation>`;case"alerts":return g`<brewpit-alerts .hass=${this.hass} ?narrow=${this.narrow}></brewpit-alerts>`;case"hydrometers":return g`<brewpit-hydrometers
          .hass=${this.hass}
          ?narrow=${this.narrow}
        ></brewpit-hydrometers>`;default:return g`<brewpit-sessions-list
          .hass=${this.hass}
          ?narrow=${this.narrow}
        ></brewpit-sessions-list>`}}};vs.styles=[fe,he`
      :host {
        display: block;
        min-block-size: 100vh;
        background: var(--primary-background-color);
      }
      .toolbar-top {
        display: flex;
        align-items: center;
        gap: 8px;
        block-size: var(--header-height, 56px);
        padding-inline: 12px;
        background: var(--app-header-background-color, var(--primary-color));
        color: var(--app-header-text-color, var(--text-primary-color, #fff));
        border-block-end: var(--app-header-border-bottom, none);
        position: sticky;
        inset-block-start: 0;
        z-index: 2;
        box-sizing: border-box;
      }
      h1 {
        font-size: 1.25rem;
        font-weight: 400;
        margin: 0;
        margin-inline-end: auto;
        margin-inline-start: 4px;
      }
      .icon-btn {
        color: inherit;
        border: none;
        border-radius: 50%;
        background: transparent;
        inline-size: 44px;
        block-size: 44px;
        padding: 10px;
        justify-content: center;
      }
      .icon-btn svg {
        inline-size: 24px;
        block-size: 24px;
        fill: currentColor;
      }
      .icon-btn svg.flip:dir(rtl) {
        transform: scaleX(-1);
      }
      nav {
        display: flex;
        gap: 4px;
        overflow-x: auto;
      }
      :host([narrow]) nav a {
        padding-inline: 8px;
      }
      /* On a phone the views need the room; the sidebar item already says Brewpit. */
      :host([narrow]) h1 {
        display: none;
      }
      :host([narrow]) nav {
        margin-inline-start: auto;
      }
      nav a {
        color: inherit;
        text-decoration: none;
        padding-block: 8px;
        padding-inline: 12px;
        border-radius: 18px;
        opacity: 0.8;
      }
      nav a[aria-current='page'] {
        opacity: 1;
        background: color-mix(in srgb, currentColor 16%, transparent);
      }
      nav a:focus-visible {
        outline: 2px solid currentColor;
      }
      main {
        padding: 16px;
        max-inline-size: 1400px;
        margin-inline: auto;
        box-sizing: border-box;
      }
      :host([narrow]) main {
        padding: 8px;
      }
    `],y([C({attribute:!1})],vs.prototype,"hass",2),y([C({type:Boolean,reflect:!0})],vs.prototype,"narrow",2),y([C({attribute:!1})],vs.prototype,"route",2),y([C({attribute:!1})],vs.prototype,"panel",2),vs=y([ce("brewpit-panel")],vs);export{vs as BrewpitPanel};
/*! Bundled license information:

@lit/reactive-element/css-tag.js:
  (**
   * @license
   * Copyright 2019 Google LLC
   * SPDX-License-Identifier: BSD-3-Clause
   *)

@lit/reactive-element/reactive-element.js:
lit-html/lit-html.js:
lit-element/lit-element.js:
@lit/reactive-element/decorators/custom-element.js:
@lit/reactive-element/decorators/property.js:
@lit/reactive-element/decorators/state.js:
@lit/reactive-element/decorators/event-options.js:
@lit/reactive-element/decorators/base.js:
@lit/reactive-element/decorators/query.js:
@lit/reactive-element/decorators/query-all.js:
@lit/reactive-element/decorators/query-async.js:
@lit/reactive-element/decorators/query-assigned-nodes.js:
  (**
   * @license
   * Copyright 2017 Google LLC
   * SPDX-License-Identifier: BSD-3-Clause
   *)

lit-html/is-server.js:
  (**
   * @license
   * Copyright 2022 Google LLC
   * SPDX-License-Identifier: BSD-3-Clause
   *)

@lit/reactive-element/decorators/query-assigned-elements.js:
  (**
   * @license
   * Copyright 2021 Google LLC
   * SPDX-License-Identifier: BSD-3-Clause
   *)
*/
